import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { payments } from "~/server/db/schema/money";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { milestoneAs } from "~/server/domain/contract/milestone-access";
import { ConflictError } from "~/server/domain/errors";
import { logger } from "~/server/observability/logger";
import type { SandboxCardInput } from "~/server/payments/provider";
import { chargeRequestFor } from "./charge-request";
import { customerFor } from "./customer";
import { heldFor } from "./escrow";
import { activeDispute, frozenRefusal } from "./frozen";
import { moneyOf } from "./settings";
import { settlePayment } from "./settle-payment";

/** Milestones the client may still pay into: not yet handed in (or sent back for changes). */
const FUNDABLE = ["pending", "funded", "changes_requested"] as const;

/**
 * The client pays a milestone into escrow (or the rest of it, after its amount rose). The
 * payment row is written and committed first, carrying the key the provider call repeats, so
 * a crash or a timeout between the call and our answer is settled later by the reconcile job
 * and a retried click finds the payment under way instead of paying twice.
 */
export async function fundMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { milestoneId: string; card?: SandboxCardInput; saveCard?: boolean };
}) {
  const money = moneyOf(ctx);
  const provider = money.provider;
  // Only for the milestone's client (checked again below, in the transaction that writes).
  await milestoneAs(ctx.db, ctx, input.milestoneId, "client");
  // Stripe keeps the card the client confirms for hourly weeks; the sandbox needs no customer.
  const saveCard = input.saveCard !== false;
  const customerRef = saveCard ? await customerFor(ctx, provider, ctx.actor) : null;
  const payment = await withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { milestone, contract } = await milestoneAs(db, ctx, input.milestoneId, "client");
    if (!(FUNDABLE as readonly string[]).includes(milestone.status))
      throw new ConflictError("Only a milestone the freelancer has not handed in can be funded.");
    if (await activeDispute(db, "milestone", milestone.id))
      throw new ConflictError(frozenRefusal(`“${milestone.title}”`));
    const held = await heldFor(db, contract.id, "milestone", milestone.id);
    const due = milestone.amountMinor - held.heldMinor;
    if (due <= 0) throw new ConflictError("This milestone is already funded.");
    const [open] = await db
      .select()
      .from(payments)
      .where(
        and(
          eq(payments.milestoneId, milestone.id),
          inArray(payments.status, ["pending", "requires_action"]),
        ),
      );
    if (open?.status === "pending")
      throw new ConflictError(
        "A payment for this milestone is already under way. Wait a moment and look again.",
      );
    if (open)
      // Left waiting for authentication: this attempt takes its place. Should the old one
      // still succeed at the provider, settling it refunds what the milestone cannot use.
      await db
        .update(payments)
        .set({ status: "failed", failureMessage: "Replaced by a new attempt.", clientSecret: null })
        .where(eq(payments.id, open.id));
    const id = crypto.randomUUID();
    const [created] = await db
      .insert(payments)
      .values({
        id,
        clientId: contract.clientId,
        contractId: contract.id,
        purpose: "milestone",
        milestoneId: milestone.id,
        description: `milestone “${milestone.title}”`,
        amountMinor: due,
        currency: contract.currency,
        provider: provider.name,
        idempotencyKey: `payment:${id}`,
        customerRef,
        saveCard,
      })
      .onConflictDoNothing()
      .returning();
    if (!created)
      throw new ConflictError(
        "A payment for this milestone is already under way. Wait a moment and look again.",
      );
    return created;
  });

  let result;
  try {
    result = await provider.createCharge(chargeRequestFor(payment, input.card));
  } catch (error) {
    // Unknown outcome: the payment stays pending and the reconcile job asks the provider again
    // with the same key, so it is charged once or not at all.
    logger.warn({ err: error, paymentId: payment.id }, "payment provider call failed");
    throw new ConflictError(
      "We couldn't confirm your payment with the payment provider. We are checking it now: you will not be charged twice.",
    );
  }
  const settled = await settlePayment(ctx, payment.id, result);
  return { payment: settled };
}
