import "server-only";

import { and, eq, inArray, isNull, sql } from "drizzle-orm";

import type { DbOrTx, Transaction } from "~/server/db/client";
import { ledgerAccounts, ledgerEntries, ledgerTransactions } from "~/server/db/schema/money";
import { ConflictError } from "~/server/domain/errors";
import { currencyExponent } from "~/shared/money/currencies";
import type { LedgerAccountKind, LedgerTransactionKind } from "~/shared/money/statuses";

/** Which account: a person's, a contract's escrow, or one of the platform's. */
export type AccountRef =
  | { kind: "available" | "pending" | "paid_out"; userId: string }
  | { kind: "escrow"; contractId: string }
  | { kind: "platform_fees" | "provider_clearing" };

export interface Posting {
  account: AccountRef;
  /** Signed minor units: positive adds to the account. */
  amountMinor: number;
}

export interface PostTransactionInput {
  /** Derived from the cause (`release:milestone:<id>`): the same key posts once. */
  idempotencyKey: string;
  kind: LedgerTransactionKind;
  currency: string;
  memo: string;
  postings: Posting[];
  contractId?: string | null;
  milestoneId?: string | null;
  weekId?: string | null;
  paymentId?: string | null;
  payoutId?: string | null;
  feeBps?: number | null;
  reversesId?: string | null;
}

/** The names the balance checks use when an account would go below zero. */
export class InsufficientFundsError extends ConflictError {}

/**
 * Posts one balanced transaction inside the caller's write transaction. Returns its id and
 * whether this call wrote it (false: the key was posted before, and nothing changed).
 *
 * Rules held here, whatever the caller:
 *  - every amount is a non-zero safe integer, and the postings add up to zero;
 *  - after writing, the entries read back from the database add up to zero per currency;
 *  - a balance that may not go negative (anything but the provider's clearing account) never
 *    does: the account row's CHECK refuses it and the whole transaction rolls back.
 */
export async function postTransaction(
  db: Transaction,
  input: PostTransactionInput,
): Promise<{ id: string; created: boolean }> {
  currencyExponent(input.currency);
  const postings = input.postings.filter((posting) => posting.amountMinor !== 0);
  if (postings.length < 2) throw new RangeError("A transaction needs two or more postings");
  let sum = 0n;
  for (const posting of postings) {
    if (!Number.isSafeInteger(posting.amountMinor))
      throw new RangeError(
        `Ledger amounts are integers of minor units, got ${posting.amountMinor}`,
      );
    sum += BigInt(posting.amountMinor);
  }
  if (sum !== 0n) throw new RangeError(`Unbalanced transaction ${input.idempotencyKey}: ${sum}`);

  const [written] = await db
    .insert(ledgerTransactions)
    .values({
      idempotencyKey: input.idempotencyKey,
      kind: input.kind,
      memo: input.memo,
      contractId: input.contractId ?? null,
      milestoneId: input.milestoneId ?? null,
      weekId: input.weekId ?? null,
      paymentId: input.paymentId ?? null,
      payoutId: input.payoutId ?? null,
      feeBps: input.feeBps ?? null,
      reversesId: input.reversesId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: ledgerTransactions.id });
  if (!written) {
    const [existing] = await db
      .select({ id: ledgerTransactions.id })
      .from(ledgerTransactions)
      .where(eq(ledgerTransactions.idempotencyKey, input.idempotencyKey));
    return { id: existing!.id, created: false };
  }

  const [{ next } = { next: 0 }] = await db
    .select({ next: sql<number>`coalesce(max(${ledgerEntries.seq}), 0)` })
    .from(ledgerEntries);
  let seq = next;
  for (const posting of postings) {
    const accountId = await accountFor(db, posting.account, input.currency);
    seq += 1;
    await db.insert(ledgerEntries).values({
      seq,
      transactionId: written.id,
      accountId,
      amountMinor: posting.amountMinor,
      currency: input.currency,
    });
    try {
      await db
        .update(ledgerAccounts)
        .set({ balanceMinor: sql`${ledgerAccounts.balanceMinor} + ${posting.amountMinor}` })
        .where(eq(ledgerAccounts.id, accountId));
    } catch (error) {
      if (
        String((error as { cause?: unknown }).cause ?? error).includes(
          "ledger_accounts_not_negative",
        )
      )
        throw new InsufficientFundsError(
          `There is not enough money in ${describeAccount(posting.account)} for this.`,
        );
      throw error;
    }
  }

  const unbalanced = await db
    .select({
      currency: ledgerEntries.currency,
      total: sql<number>`sum(${ledgerEntries.amountMinor})`,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.transactionId, written.id))
    .groupBy(ledgerEntries.currency)
    .having(sql`sum(${ledgerEntries.amountMinor}) <> 0`);
  if (unbalanced.length > 0)
    throw new Error(`Ledger transaction ${input.idempotencyKey} does not balance`);
  return { id: written.id, created: true };
}

function describeAccount(account: AccountRef): string {
  switch (account.kind) {
    case "escrow":
      return "the contract's escrow";
    case "available":
      return "the available balance";
    case "pending":
      return "the pending balance";
    default:
      return `the ${account.kind.replace("_", " ")} account`;
  }
}

/** The account's id, opening it on first use. */
function ownerOf(account: AccountRef) {
  return {
    userId: "userId" in account ? account.userId : null,
    contractId: "contractId" in account ? account.contractId : null,
  };
}

/** The one account `account` names in `currency`, as a query condition. */
function accountWhere(account: AccountRef, currency: string) {
  const { userId, contractId } = ownerOf(account);
  return and(
    eq(ledgerAccounts.kind, account.kind),
    userId ? eq(ledgerAccounts.userId, userId) : isNull(ledgerAccounts.userId),
    contractId ? eq(ledgerAccounts.contractId, contractId) : isNull(ledgerAccounts.contractId),
    eq(ledgerAccounts.currency, currency),
  );
}

export async function accountFor(db: DbOrTx, account: AccountRef, currency: string) {
  const { userId, contractId } = ownerOf(account);
  const where = accountWhere(account, currency);
  const [found] = await db.select({ id: ledgerAccounts.id }).from(ledgerAccounts).where(where);
  if (found) return found.id;
  const [opened] = await db
    .insert(ledgerAccounts)
    .values({ kind: account.kind, userId, contractId, currency })
    .onConflictDoNothing()
    .returning({ id: ledgerAccounts.id });
  if (opened) return opened.id;
  const [raced] = await db.select({ id: ledgerAccounts.id }).from(ledgerAccounts).where(where);
  return raced!.id;
}

/** What an account holds now, in minor units (0 for one never used). */
export async function balanceOf(db: DbOrTx, account: AccountRef, currency: string) {
  const [found] = await db
    .select({ balance: ledgerAccounts.balanceMinor })
    .from(ledgerAccounts)
    .where(accountWhere(account, currency));
  return found?.balance ?? 0;
}

/** A person's balances by currency, from their accounts. */
export async function personBalances(db: DbOrTx, userId: string) {
  const rows = await db
    .select({
      kind: ledgerAccounts.kind,
      currency: ledgerAccounts.currency,
      balance: ledgerAccounts.balanceMinor,
    })
    .from(ledgerAccounts)
    .where(
      and(
        eq(ledgerAccounts.userId, userId),
        inArray(ledgerAccounts.kind, ["available", "pending", "paid_out"]),
      ),
    );
  const byCurrency = new Map<string, Record<"available" | "pending" | "paid_out", number>>();
  for (const row of rows) {
    const totals = byCurrency.get(row.currency) ?? { available: 0, pending: 0, paid_out: 0 };
    totals[row.kind as "available" | "pending" | "paid_out"] = row.balance;
    byCurrency.set(row.currency, totals);
  }
  return [...byCurrency].map(([currency, totals]) => ({ currency, ...totals }));
}

/**
 * Recomputes every account's balance from its entries and answers the accounts whose stored
 * balance differs (none, unless something wrote around `postTransaction`), and the currencies
 * whose accounts do not add up to zero.
 */
export async function verifyLedger(db: DbOrTx) {
  const drifted = await db.all<{
    id: string;
    kind: LedgerAccountKind;
    stored: number;
    actual: number;
  }>(sql`
    select a.id, a.kind, a.balance_minor as stored, coalesce(sum(e.amount_minor), 0) as actual
    from ledger_accounts a left join ledger_entries e on e.account_id = a.id
    group by a.id having stored <> actual`);
  const unbalanced = await db.all<{ currency: string; total: number }>(sql`
    select currency, sum(amount_minor) as total from ledger_entries
    group by currency having total <> 0`);
  return { drifted, unbalanced };
}
