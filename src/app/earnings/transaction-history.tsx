"use client";

import { EmptyState } from "~/app/_components/empty-state";
import { LocalTime } from "~/app/_components/local-time";
import { ledgerAccountLabel, ledgerKindLabel } from "~/shared/format/money-labels";
import { formatMoney } from "~/shared/format/money";
import type { TransactionsInput } from "~/shared/schemas/money";
import { api, type RouterOutputs } from "~/trpc/react";
import type { z } from "zod";
import { ShowMore } from "~/app/_components/show-more";

type Entry = RouterOutputs["payment"]["transactions"]["items"][number];

/** "+$90" in green for money in, "−$90" in the text's own colour for money out. */
function SignedAmount({ entry }: { entry: Entry }) {
  const incoming = entry.amountMinor > 0;
  const amount = formatMoney(Math.abs(entry.amountMinor), entry.currency);
  return (
    <span
      className={
        incoming
          ? "font-semibold text-emerald-700 dark:text-emerald-400"
          : "font-semibold text-slate-900 dark:text-white"
      }
    >
      {incoming ? "+" : "−"}
      {amount}
      <span className="sr-only">{incoming ? " in" : " out"}</span>
    </span>
  );
}

/**
 * The person's ledger entries, newest first, 25 at a time ("Show more" continues after the
 * last one shown). The first page came with the page, for the filters in the URL.
 */
export function TransactionHistory({
  input,
  filtered,
}: {
  input: z.input<typeof TransactionsInput>;
  filtered: boolean;
}) {
  const [{ pages }, list] = api.payment.transactions.useSuspenseInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const entries = pages.flatMap((page) => page.items);
  if (entries.length === 0)
    return (
      <EmptyState>
        {filtered
          ? "Nothing matches these filters."
          : "No money has moved yet. Releases, withdrawals and payouts will be listed here."}
      </EmptyState>
    );
  return (
    <div className="flex flex-col gap-4">
      <div
        role="region"
        aria-label="Transactions"
        tabIndex={0}
        className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
      >
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-3 py-3 font-medium whitespace-nowrap sm:px-4">
                Date
              </th>
              <th scope="col" className="px-3 py-3 font-medium whitespace-nowrap sm:px-4">
                Description
              </th>
              <th
                scope="col"
                className="hidden px-3 py-3 font-medium whitespace-nowrap sm:table-cell sm:px-4"
              >
                Account
              </th>
              <th
                scope="col"
                className="px-3 py-3 text-right font-medium whitespace-nowrap sm:px-4"
              >
                Amount
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td className="px-3 py-3 text-slate-700 sm:px-4 sm:whitespace-nowrap dark:text-slate-300">
                  <LocalTime date={entry.at} show="date" />
                </td>
                <td className="px-3 py-3 sm:px-4">
                  <span className="block wrap-anywhere text-slate-900 dark:text-white">
                    {entry.memo}
                  </span>
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    {entry.memo === ledgerKindLabel[entry.kind] ? null : (
                      <>
                        {ledgerKindLabel[entry.kind]}
                        <span className="sm:hidden"> · </span>
                      </>
                    )}
                    <span className="sm:hidden">{ledgerAccountLabel[entry.account]}</span>
                  </span>
                </td>
                <td className="hidden px-3 py-3 text-slate-700 sm:table-cell sm:px-4 dark:text-slate-300">
                  {ledgerAccountLabel[entry.account]}
                </td>
                <td className="px-3 py-3 text-right whitespace-nowrap sm:px-4">
                  <SignedAmount entry={entry} />
                  {entry.feeMinor > 0 ? (
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      fee {formatMoney(entry.feeMinor, entry.currency)}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore list={list} />
    </div>
  );
}
