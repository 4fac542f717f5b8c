import Form from "next/form";
import Link from "next/link";

import { SelectField } from "~/app/_components/form/select-field";
import {
  ledgerAccountLabel,
  ledgerKindLabel,
  personAccountKinds,
} from "~/shared/format/money-labels";
import { ledgerTransactionKinds } from "~/shared/money/statuses";
import type { EarningsFilter } from "~/shared/schemas/earnings-filter";

/** The query string of a filter, for links (the CSV) that must show the same rows. */
export function filterQuery(filter: EarningsFilter) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/**
 * The history's filters, kept in the URL (a GET form), so a filtered view can be reloaded,
 * shared and downloaded as the same CSV.
 */
export function HistoryFilters({ filter }: { filter: EarningsFilter }) {
  const active = Object.keys(filter).length > 0;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      {/* Keyed by the filters, so the selects show the URL's after "Clear filters" or Back. */}
      <Form
        key={filterQuery(filter)}
        action="/earnings"
        aria-label="Filter the history"
        className="flex flex-wrap items-end gap-3"
      >
        <SelectField
          label="Account"
          name="account"
          defaultValue={filter.account ?? ""}
          options={[
            { value: "", label: "All accounts" },
            ...personAccountKinds.map((kind) => ({ value: kind, label: ledgerAccountLabel[kind] })),
          ]}
        />
        <SelectField
          label="Kind"
          name="kind"
          defaultValue={filter.kind ?? ""}
          options={[
            { value: "", label: "All kinds" },
            ...ledgerTransactionKinds.map((kind) => ({
              value: kind,
              label: ledgerKindLabel[kind],
            })),
          ]}
        />
        {filter.currency ? <input type="hidden" name="currency" value={filter.currency} /> : null}
        <button
          type="submit"
          className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          Apply filters
        </button>
        {active ? (
          <Link
            href="/earnings"
            className="text-brand-700 dark:text-brand-300 py-2 text-sm font-medium underline"
          >
            Clear filters
          </Link>
        ) : null}
      </Form>
      <a
        href={`/api/earnings/export${filterQuery(filter)}`}
        download
        className="text-brand-700 dark:text-brand-300 py-2 text-sm font-semibold underline"
      >
        Download CSV
      </a>
    </div>
  );
}
