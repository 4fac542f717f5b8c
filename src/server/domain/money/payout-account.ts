import "server-only";

import { eq } from "drizzle-orm";

import { payoutAccounts } from "~/server/db/schema/money";
import type { PersonContext } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";
import { moneyOf } from "./settings";

/**
 * A freelancer sets up where payouts go: with Stripe, a Connect Express account and the link
 * to Stripe's onboarding; the sandbox needs nothing and answers no link. Answers the link.
 */
export async function startPayoutOnboarding({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { returnUrl: string; refreshUrl: string };
}) {
  if (ctx.actor.role !== "freelancer") throw new ForbiddenError("Only freelancers are paid out.");
  const provider = moneyOf(ctx).provider;
  const userId = ctx.actor.id;
  let [account] = await ctx.db
    .select()
    .from(payoutAccounts)
    .where(eq(payoutAccounts.userId, userId));
  if (!account) {
    const state = await provider.createPayoutAccount({ id: userId, email: ctx.actor.email });
    [account] = await ctx.db
      .insert(payoutAccounts)
      .values({ userId, provider: provider.name, ...state })
      .onConflictDoUpdate({ target: payoutAccounts.userId, set: { ...state } })
      .returning();
  }
  const url = await provider.onboardingLink(account!.accountRef, input);
  return { url, account: account! };
}

/** Reads the payout account's state again from the provider (after onboarding returns). */
export async function refreshPayoutAccount({ ctx }: { ctx: PersonContext }) {
  const [account] = await ctx.db
    .select()
    .from(payoutAccounts)
    .where(eq(payoutAccounts.userId, ctx.actor.id));
  if (!account) return null;
  const state = await moneyOf(ctx).provider.retrievePayoutAccount(account.accountRef);
  const [updated] = await ctx.db
    .update(payoutAccounts)
    .set(state)
    .where(eq(payoutAccounts.userId, ctx.actor.id))
    .returning();
  return updated ?? null;
}
