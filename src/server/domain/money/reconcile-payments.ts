import "server-only";

import { and, eq, lt } from "drizzle-orm";

import { payments, payouts } from "~/server/db/schema/money";
import type { DomainContext } from "~/server/domain/context";
import { logger } from "~/server/observability/logger";
import { chargeRequestFor } from "./charge-request";
import { sendPayout } from "./send-payout";
import { moneyOf } from "./settings";
import { settlePayment } from "./settle-payment";

/** A call older than this with no answer recorded is asked about again. */
export const RECONCILE_AFTER_MS = 2 * 60_000;
/** A payment waiting this long for the person to authenticate is given up. */
export const ABANDON_AFTER_MS = 24 * 60 * 60_000;

/**
 * The `payment.reconcile` job. A payment is written `pending` before the provider is called;
 * if the process died before the answer was recorded, the row stays pending. This asks the
 * provider again with the same idempotency key (the same call: it charges once or not at
 * all) and records the answer. Payouts left pending are sent again the same way.
 */
export async function reconcilePayments(ctx: DomainContext, now: Date) {
  const provider = moneyOf(ctx).provider;
  const stale = new Date(now.getTime() - RECONCILE_AFTER_MS);
  const pending = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.status, "pending"), lt(payments.updatedAt, stale)));
  let settled = 0;
  for (const payment of pending) {
    try {
      const result = payment.providerRef
        ? await provider.retrieveCharge(payment.providerRef)
        : await provider.createCharge(chargeRequestFor(payment));
      await settlePayment(ctx, payment.id, result);
      settled += 1;
    } catch (error) {
      logger.warn({ err: error, paymentId: payment.id }, "reconcile could not reach the provider");
    }
  }
  const abandoned = await ctx.db
    .update(payments)
    .set({
      status: "failed",
      failureMessage: "Nobody completed the authentication.",
      clientSecret: null,
    })
    .where(
      and(
        eq(payments.status, "requires_action"),
        lt(payments.updatedAt, new Date(now.getTime() - ABANDON_AFTER_MS)),
      ),
    )
    .returning({ id: payments.id });
  const stuck = await ctx.db
    .select({ id: payouts.id })
    .from(payouts)
    .where(and(eq(payouts.status, "pending"), lt(payouts.updatedAt, stale)));
  for (const payout of stuck) {
    try {
      await sendPayout(ctx, payout.id);
    } catch (error) {
      logger.warn({ err: error, payoutId: payout.id }, "reconcile could not send a payout");
    }
  }
  return { settled, abandoned: abandoned.length, payouts: stuck.length };
}
