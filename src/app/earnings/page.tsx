import type { Metadata } from "next";
import Link from "next/link";

import { FormAlert } from "~/app/_components/form/form-alert";
import { IgnoredParameters } from "~/app/_components/ignored-parameters";
import { readEarningsFilter } from "~/shared/schemas/earnings-filter";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireViewer } from "~/trpc/server";
import { Balances } from "./balances";
import { HistoryFilters } from "./history-filters";
import { PayoutAccount } from "./payout-account";
import { TransactionHistory } from "./transaction-history";

export const metadata: Metadata = { title: "Earnings" };

/** How many entries of the history one page (and each "Show more") brings. */
const PAGE_SIZE = 25;

/**
 * A freelancer's money: what is available, on its way and paid out (per currency), a
 * withdrawal, where payouts go, and the history behind the balances with its filters in the URL.
 */
export default async function EarningsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("/earnings");
  if (viewer.role !== "freelancer")
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold tracking-tight">Earnings</h1>
        <FormAlert tone="info">
          Earnings are for freelancer accounts. What you pay is on{" "}
          <Link href="/billing" className="font-medium underline">
            your billing page
          </Link>
          .
        </FormAlert>
      </div>
    );
  const params = await searchParams;
  const { filter, refused } = readEarningsFilter(params);
  const input = { limit: PAGE_SIZE, ...filter };
  await Promise.all([
    api.payment.earnings.prefetch(),
    hydrateFirstPage("payment.transactions", input, api.payment.transactions),
  ]);
  return (
    <HydrateClient>
      <div className="flex flex-col gap-8">
        <h1 className="text-3xl font-bold tracking-tight">Earnings</h1>
        <Balances />
        <PayoutAccount returnedFromOnboarding={params.onboarding === "done"} />
        <section aria-labelledby="history-heading" className="flex flex-col gap-4">
          <h2 id="history-heading" className="text-xl font-semibold">
            History
          </h2>
          <IgnoredParameters labels={refused.map((r) => `${r.key} (${r.message})`)} />
          <HistoryFilters filter={filter} />
          <TransactionHistory input={input} filtered={Object.keys(filter).length > 0} />
        </section>
      </div>
    </HydrateClient>
  );
}
