import { z } from "zod";

import "./messages";

import { personAccountKinds } from "~/shared/format/money-labels";
import { currencyExponents } from "~/shared/money/currencies";
import { ledgerTransactionKinds } from "~/shared/money/statuses";

/**
 * The filters of a freelancer's history as the URL carries them (`?account=available&kind=release`):
 * read by the Earnings page and by the CSV export, so both show the same rows.
 */
export const EarningsFilter = z
  .object({
    account: z.enum(personAccountKinds, { error: "Choose Available, Pending or Paid out." }),
    kind: z.enum(ledgerTransactionKinds, { error: "Choose a kind of transaction Guild records." }),
    currency: z.enum(Object.keys(currencyExponents) as [string, ...string[]], {
      error: "Choose a currency Guild pays in.",
    }),
  })
  .partial();
export type EarningsFilter = z.infer<typeof EarningsFilter>;

export const earningsFilterKeys = ["account", "kind", "currency"] as const;

/**
 * Reads the filters from a query string's values. A value given twice or not understood is
 * left out and named in `refused` with the schema's sentence: the page says so, the export
 * answers 400 with it. Other keys are not filters and are left alone.
 */
export function readEarningsFilter(values: Record<string, string | string[] | undefined>) {
  const filter: EarningsFilter = {};
  const refused: { key: (typeof earningsFilterKeys)[number]; message: string }[] = [];
  for (const key of earningsFilterKeys) {
    const raw = values[key];
    if (raw === undefined || raw === "") continue;
    if (Array.isArray(raw)) {
      refused.push({ key, message: `Give "${key}" once.` });
      continue;
    }
    const parsed = EarningsFilter.shape[key].safeParse(raw);
    if (parsed.success) Object.assign(filter, { [key]: parsed.data });
    else
      refused.push({
        key,
        message: parsed.error.issues[0]?.message ?? "This filter is not understood.",
      });
  }
  return { filter, refused };
}
