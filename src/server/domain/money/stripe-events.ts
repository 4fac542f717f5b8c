import "server-only";

import { eq } from "drizzle-orm";

import { payments, payoutAccounts, refunds, webhookEvents } from "~/server/db/schema/money";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { moneyOf } from "./settings";
import { settlePayment } from "./settle-payment";

/**
 * A verified Stripe event arrived: store its id once and hand it to the `webhook.stripe` job.
 * A replayed delivery finds the id stored and changes nothing. Answers whether it was new.
 */
export async function recordStripeEvent(
  ctx: DomainContext,
  event: { id: string; type: string; objectRef: string | null },
) {
  return withTransaction(ctx, async (tx) => {
    const [stored] = await tx.db
      .insert(webhookEvents)
      .values({ id: event.id, provider: "stripe", type: event.type, objectRef: event.objectRef })
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id });
    if (!stored) return false;
    await enqueueJob(
      tx,
      "webhook.stripe",
      { eventId: event.id },
      { dedupeKey: `webhook.stripe:${event.id}` },
    );
    return true;
  });
}

/**
 * The `webhook.stripe` job. It never trusts the event's copy of the object or the order events
 * arrive in: it reads the object again from Stripe and records its state now, with the same
 * idempotent steps the request and the reconcile job use.
 */
export async function processStripeEvent(ctx: DomainContext, eventId: string) {
  const [event] = await ctx.db.select().from(webhookEvents).where(eq(webhookEvents.id, eventId));
  if (!event || event.processedAt || !event.objectRef) return;
  const provider = moneyOf(ctx).provider;
  const ref = event.objectRef;
  if (event.type.startsWith("payment_intent.")) {
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.providerRef, ref));
    if (payment) await settlePayment(ctx, payment.id, await provider.retrieveCharge(ref));
  } else if (event.type === "account.updated") {
    const state = await provider.retrievePayoutAccount(ref);
    await ctx.db
      .update(payoutAccounts)
      .set({
        detailsSubmitted: state.detailsSubmitted,
        payoutsEnabled: state.payoutsEnabled,
        transfersEnabled: state.transfersEnabled,
      })
      .where(eq(payoutAccounts.accountRef, ref));
  } else if (event.type.startsWith("refund.") || event.type === "charge.refund.updated") {
    const [refund] = await ctx.db.select().from(refunds).where(eq(refunds.providerRef, ref));
    if (refund && refund.status === "pending")
      await ctx.db.update(refunds).set({ status: "succeeded" }).where(eq(refunds.id, refund.id));
  }
  await ctx.db
    .update(webhookEvents)
    .set({ processedAt: ctx.now?.() ?? new Date() })
    .where(eq(webhookEvents.id, eventId));
}
