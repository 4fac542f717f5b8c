import { sql } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { verifyLedger } from "~/server/domain/money/ledger";

/**
 * Every invariant the ledger promises, read from the database: each transaction balances per
 * currency, stored balances are the sums of their entries, only the provider's clearing account
 * is ever negative, and each currency's accounts add up to zero. Answers what breaks them (an
 * empty list when nothing does), so a property can print the counterexample's state.
 */
export async function ledgerViolations(db: Database): Promise<string[]> {
  const found: string[] = [];
  const { drifted, unbalanced } = await verifyLedger(db);
  if (drifted.length > 0) found.push(`stored balances drifted: ${JSON.stringify(drifted)}`);
  if (unbalanced.length > 0) found.push(`currencies unbalanced: ${JSON.stringify(unbalanced)}`);
  const transactions = await db.all<{ transactionId: string; currency: string; total: number }>(sql`
    select transaction_id as transactionId, currency, sum(amount_minor) as total
    from ledger_entries group by transaction_id, currency having total <> 0`);
  if (transactions.length > 0)
    found.push(`transactions unbalanced: ${JSON.stringify(transactions)}`);
  const negative = await db.all<{ kind: string; balance: number; actual: number }>(sql`
    select a.kind, a.balance_minor as balance, coalesce(sum(e.amount_minor), 0) as actual
    from ledger_accounts a left join ledger_entries e on e.account_id = a.id
    where a.kind <> 'provider_clearing' group by a.id
    having a.balance_minor < 0 or actual < 0`);
  if (negative.length > 0) found.push(`negative balances: ${JSON.stringify(negative)}`);
  const stored = await db.all<{ currency: string; total: number }>(sql`
    select currency, sum(balance_minor) as total from ledger_accounts
    group by currency having total <> 0`);
  if (stored.length > 0)
    found.push(`stored balances do not sum to zero: ${JSON.stringify(stored)}`);
  return found;
}

/**
 * Money in equals money accounted for, per currency, from the payment and refund rows (not the
 * ledger's own clearing account): what clients were charged (succeeded payments) is what
 * freelancers hold or were paid, plus platform fees, plus refunds, plus escrow still held.
 */
export async function conservationViolations(db: Database, currencies: readonly string[]) {
  const found: string[] = [];
  for (const currency of currencies) {
    const [row] = await db.all<{
      charged: number;
      people: number;
      fees: number;
      escrow: number;
      refunded: number;
    }>(sql`
      select
        (select coalesce(sum(amount_minor), 0) from payments
          where status = 'succeeded' and currency = ${currency}) as charged,
        (select coalesce(sum(balance_minor), 0) from ledger_accounts
          where kind in ('available', 'pending', 'paid_out') and currency = ${currency}) as people,
        (select coalesce(sum(balance_minor), 0) from ledger_accounts
          where kind = 'platform_fees' and currency = ${currency}) as fees,
        (select coalesce(sum(balance_minor), 0) from ledger_accounts
          where kind = 'escrow' and currency = ${currency}) as escrow,
        (select coalesce(sum(amount_minor), 0) from refunds where currency = ${currency}) as refunded`);
    const { charged, people, fees, escrow, refunded } = row!;
    if (people + fees + refunded + escrow !== charged)
      found.push(
        `${currency}: charged ${charged} ≠ freelancers ${people} + fees ${fees} + refunds ${refunded} + escrow ${escrow}`,
      );
  }
  return found;
}
