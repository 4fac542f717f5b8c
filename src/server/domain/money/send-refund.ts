import "server-only";

import { eq } from "drizzle-orm";

import { payments, refunds } from "~/server/db/schema/money";
import type { DomainContext } from "~/server/domain/context";
import { logger } from "~/server/observability/logger";
import { moneyOf } from "./settings";

/**
 * The `payment.refund` job: asks the provider to return a refund's money to the card, with
 * the refund's own key (a retry is the same refund). The ledger moved when the refund was
 * decided; a provider that refuses leaves the refund `failed` and logged for an admin.
 */
export async function sendRefund(ctx: DomainContext, refundId: string) {
  const [row] = await ctx.db
    .select({ refund: refunds, payment: payments })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .where(eq(refunds.id, refundId));
  if (!row || row.refund.status !== "pending") return row?.refund.status ?? null;
  const result = await moneyOf(ctx).provider.refund({
    idempotencyKey: row.refund.idempotencyKey,
    chargeRef: row.payment.providerRef ?? row.payment.idempotencyKey,
    amountMinor: row.refund.amountMinor,
    currency: row.refund.currency,
  });
  await ctx.db
    .update(refunds)
    .set({ status: result.status, providerRef: result.ref })
    .where(eq(refunds.id, refundId));
  if (result.status === "failed")
    logger.error({ refundId, paymentId: row.payment.id }, "the payment provider refused a refund");
  return result.status;
}
