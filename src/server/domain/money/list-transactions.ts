import "server-only";

import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";

import { ledgerAccounts, ledgerEntries, ledgerTransactions } from "~/server/db/schema/money";
import type { PersonContext } from "~/server/domain/context";
import type { LedgerAccountKind, LedgerTransactionKind } from "~/shared/money/statuses";

export interface TransactionsQuery {
  cursor?: number | null;
  limit: number;
  account?: LedgerAccountKind;
  kind?: LedgerTransactionKind;
  currency?: string;
}

/**
 * The entries of the actor's own accounts (available, pending, paid out), newest first, paged
 * by sequence number (a keyset: page 50 costs what page 1 does). A release says the fee it
 * paid. Only the actor's accounts are read: nobody's history but their own.
 */
export async function listTransactions({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: TransactionsQuery;
}) {
  const fee = sql<number>`(
    select coalesce(sum(fe.amount_minor), 0) from ledger_entries fe
    join ledger_accounts fa on fa.id = fe.account_id
    where fe.transaction_id = ${ledgerTransactions.id} and fa.kind = 'platform_fees')`;
  const rows = await ctx.db
    .select({
      seq: ledgerEntries.seq,
      at: ledgerEntries.createdAt,
      amountMinor: ledgerEntries.amountMinor,
      currency: ledgerEntries.currency,
      account: ledgerAccounts.kind,
      kind: ledgerTransactions.kind,
      memo: ledgerTransactions.memo,
      contractId: ledgerTransactions.contractId,
      feeMinor: fee,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
    .where(
      and(
        eq(ledgerAccounts.userId, ctx.actor.id),
        input.account
          ? eq(ledgerAccounts.kind, input.account)
          : inArray(ledgerAccounts.kind, ["available", "pending", "paid_out"]),
        input.kind ? eq(ledgerTransactions.kind, input.kind) : undefined,
        input.currency ? eq(ledgerEntries.currency, input.currency) : undefined,
        input.cursor ? lt(ledgerEntries.seq, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(ledgerEntries.seq))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    // Guild's fee is taken where escrow pays the freelancer: a release or a dispute's settlement.
    items: page.map((row) => ({
      ...row,
      feeMinor: row.kind === "release" || row.kind === "settlement" ? row.feeMinor : 0,
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.seq ?? null) : null,
  };
}
