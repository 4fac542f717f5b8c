import { eq, sql } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { ledgerAccounts } from "~/server/db/schema/money";
import { verifyLedger } from "~/server/domain/money/ledger";
import { runDueJobs } from "~/server/jobs/drain";

/** The sandbox's test cards, as a person types them. */
export const cards = {
  visa: { number: "4242 4242 4242 4242", expiry: "12/34", cvc: "123" },
  declined: { number: "4000 0000 0000 0002", expiry: "12/34", cvc: "123" },
  authenticate: { number: "4000 0025 0000 3155", expiry: "12/34", cvc: "123" },
};

/** Funds a milestone with the sandbox's succeeding card, as its client. */
export async function fund(
  client: { api: { payment: { fundMilestone: (input: never) => Promise<unknown> } } },
  milestoneId: string,
) {
  return client.api.payment.fundMilestone({ milestoneId, card: cards.visa } as never);
}

/** An account's stored balance (0 if never opened). */
export async function balance(
  db: Database,
  kind: "available" | "pending" | "paid_out" | "escrow" | "platform_fees" | "provider_clearing",
  owner: { userId?: string; contractId?: string } = {},
  currency = "USD",
) {
  const rows = await db
    .select({ balance: ledgerAccounts.balanceMinor })
    .from(ledgerAccounts)
    .where(
      sql`${ledgerAccounts.kind} = ${kind} and coalesce(${ledgerAccounts.userId}, '') = ${owner.userId ?? ""} and coalesce(${ledgerAccounts.contractId}, '') = ${owner.contractId ?? ""} and ${ledgerAccounts.currency} = ${currency}`,
    );
  return rows[0]?.balance ?? 0;
}

/** The ledger's invariants: stored balances are the sums of entries; each currency sums to zero. */
export async function expectLedgerConsistent(db: Database) {
  const { drifted, unbalanced } = await verifyLedger(db);
  if (drifted.length + unbalanced.length > 0)
    throw new Error(`Ledger inconsistent: ${JSON.stringify({ drifted, unbalanced })}`);
}

/** Makes the named delayed jobs due now (time moved through their run-at), then runs what is due. */
export async function runDelayed(db: Database, name: string) {
  await db
    .update(jobs)
    .set({ runAt: new Date(Date.now() - 1000) })
    .where(eq(jobs.name, name));
  return runDueJobs(db);
}
