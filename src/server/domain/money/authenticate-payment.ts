import "server-only";

import { and, eq } from "drizzle-orm";

import { payments } from "~/server/db/schema/money";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { moneyOf } from "./settings";
import { settlePayment } from "./settle-payment";

/**
 * After the person dealt with their bank (Stripe's card element, or the sandbox's stand-in
 * for 3-D Secure), reads the payment again from the provider and records the answer.
 * `approve` is the sandbox's: what the person chose on its authentication step.
 */
export async function refreshPayment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { paymentId: string; approve?: boolean };
}) {
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.id, input.paymentId), eq(payments.clientId, ctx.actor.id)));
  if (!payment) throw new NotFoundError("We couldn't find that payment among yours.");
  if (payment.status === "succeeded" || payment.status === "failed") return payment;
  if (!payment.providerRef) throw new ConflictError("This payment is still being set up.");
  const provider = moneyOf(ctx).provider;
  const result =
    input.approve !== undefined && provider.authenticate
      ? await provider.authenticate(payment.providerRef, input.approve)
      : await provider.retrieveCharge(payment.providerRef);
  return settlePayment(ctx, payment.id, result);
}
