import "server-only";

import { and, desc, eq, inArray } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { invoices, paymentMethods, payments, refunds } from "~/server/db/schema/money";
import { projects } from "~/server/db/schema/projects";
import type { PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { escrowBalances } from "./escrow";
import { moneyOf } from "./settings";

/**
 * What a client's billing page shows: their saved card, every payment and refund with its
 * receipt, and what escrow holds on each of their contracts. Only the actor's own.
 */
export async function getBilling({ ctx }: { ctx: PersonContext }) {
  const userId = ctx.actor.id;
  const [[method], paid, receipts, mine] = await Promise.all([
    ctx.db.select().from(paymentMethods).where(eq(paymentMethods.userId, userId)),
    ctx.db
      .select({ payment: payments, projectTitle: projects.title })
      .from(payments)
      .innerJoin(contracts, eq(contracts.id, payments.contractId))
      .innerJoin(projects, eq(projects.id, contracts.projectId))
      .where(eq(payments.clientId, userId))
      .orderBy(desc(payments.createdAt))
      .limit(200),
    ctx.db
      .select({
        id: invoices.id,
        number: invoices.number,
        kind: invoices.kind,
        paymentId: invoices.paymentId,
        refundId: invoices.refundId,
      })
      .from(invoices)
      .where(eq(invoices.clientId, userId)),
    ctx.db
      .select({
        id: contracts.id,
        status: contracts.status,
        currency: contracts.currency,
        projectTitle: projects.title,
      })
      .from(contracts)
      .innerJoin(projects, eq(projects.id, contracts.projectId))
      .where(eq(contracts.clientId, userId)),
  ]);
  const paymentIds = paid.map(({ payment }) => payment.id);
  const refunded =
    paymentIds.length === 0
      ? []
      : await ctx.db
          .select()
          .from(refunds)
          .where(inArray(refunds.paymentId, paymentIds))
          .orderBy(desc(refunds.createdAt));
  const escrow = await escrowBalances(
    ctx.db,
    mine.map((contract) => contract.id),
  );
  const receiptFor = (paymentId: string, refundId: string | null) =>
    receipts.find(
      (receipt) => receipt.paymentId === paymentId && (receipt.refundId ?? null) === refundId,
    ) ?? null;
  return {
    provider: moneyOf(ctx).provider.name,
    card: method ? { label: method.label, provider: method.provider } : null,
    payments: paid.map(({ payment, projectTitle }) => ({
      id: payment.id,
      contractId: payment.contractId,
      projectTitle,
      description: payment.description,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      status: payment.status,
      refundedMinor: payment.refundedMinor,
      cardLabel: payment.cardLabel,
      failureMessage: payment.failureMessage,
      createdAt: payment.createdAt,
      receipt: receiptFor(payment.id, null),
    })),
    refunds: refunded.map((refund) => ({
      id: refund.id,
      paymentId: refund.paymentId,
      amountMinor: refund.amountMinor,
      currency: refund.currency,
      reason: refund.reason,
      status: refund.status,
      createdAt: refund.createdAt,
      receipt: receiptFor(refund.paymentId, refund.id),
    })),
    escrow: mine
      .map((contract) => ({ ...contract, heldMinor: escrow.get(contract.id) ?? 0 }))
      .filter((contract) => contract.heldMinor > 0),
  };
}

/**
 * One of the actor's payments (the funding page reads it back after authentication). Anyone
 * else's does not exist for them, as one that never existed.
 */
export async function getPayment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { paymentId: string };
}) {
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.id, input.paymentId), eq(payments.clientId, ctx.actor.id)));
  if (!payment) throw new NotFoundError("We couldn't find that payment among yours.");
  return payment;
}
