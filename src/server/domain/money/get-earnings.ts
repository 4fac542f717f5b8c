import "server-only";

import { desc, eq } from "drizzle-orm";

import { payoutAccounts, payouts } from "~/server/db/schema/money";
import type { PersonContext } from "~/server/domain/context";
import { personBalances } from "./ledger";
import { moneyOf } from "./settings";

/** A person's balances from the ledger, their payout account and their recent withdrawals. */
export async function getEarnings({ ctx }: { ctx: PersonContext }) {
  const userId = ctx.actor.id;
  const [balances, [account], recent] = await Promise.all([
    personBalances(ctx.db, userId),
    ctx.db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, userId)),
    ctx.db
      .select()
      .from(payouts)
      .where(eq(payouts.userId, userId))
      .orderBy(desc(payouts.createdAt))
      .limit(20),
  ]);
  const provider = moneyOf(ctx).provider.name;
  return {
    provider,
    balances,
    payoutAccount: account
      ? {
          detailsSubmitted: account.detailsSubmitted,
          payoutsEnabled: account.payoutsEnabled,
          transfersEnabled: account.transfersEnabled,
        }
      : null,
    /** The sandbox pays out to nowhere and needs no account; Stripe needs Connect onboarding. */
    canWithdraw: provider === "sandbox" || Boolean(account?.transfersEnabled),
    payouts: recent.map(({ providerRef: _ref, idempotencyKey: _key, ...payout }) => payout),
  };
}
