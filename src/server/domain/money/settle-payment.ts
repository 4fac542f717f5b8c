import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { users } from "~/server/db/schema/users";
import { paymentMethods, payments } from "~/server/db/schema/money";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { milestoneFunded, paymentFailed, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { publishWebhookEvent } from "~/server/domain/webhook/publish-event";
import { formatMoney } from "~/shared/format/money";
import type { ChargeResult } from "~/server/payments/provider";
import { heldFor } from "./escrow";
import { postTransaction } from "./ledger";
import { issueReceipt } from "./receipts";
import { refundEscrow } from "./refund-escrow";

/**
 * Records what the provider answered for a payment, once, however often the answer arrives
 * (the request, the reconcile job and a webhook may all bring it). Money that arrives is
 * booked into the contract's escrow with its receipt; a funded milestone turns `funded` and
 * the freelancer hears of it. Money that arrives for a milestone that is gone, a contract
 * that ended, or beyond what the milestone needs goes straight back to the card.
 */
export async function settlePayment(ctx: DomainContext, paymentId: string, result: ChargeResult) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const [payment] = await db.select().from(payments).where(eq(payments.id, paymentId));
    if (!payment) throw new Error(`No payment ${paymentId}`);
    const [contract] = await db
      .select()
      .from(contracts)
      .where(eq(contracts.id, payment.contractId));
    if (!contract) throw new Error(`No contract for payment ${paymentId}`);

    // The provider answers a saved card only when the person asked to keep it.
    if (result.savedMethod) {
      const saved = { provider: payment.provider, ...result.savedMethod };
      await db
        .insert(paymentMethods)
        .values({ userId: payment.clientId, ...saved })
        .onConflictDoUpdate({ target: paymentMethods.userId, set: saved });
    }

    if (result.status === "succeeded") {
      const [paid] = await db
        .update(payments)
        .set({
          status: "succeeded",
          providerRef: result.ref,
          providerChargeRef: result.chargeRef ?? null,
          cardLabel: result.cardLabel ?? payment.cardLabel,
          clientSecret: null,
          failureMessage: null,
          succeededAt: tx.now?.() ?? new Date(),
        })
        .where(
          and(
            eq(payments.id, paymentId),
            inArray(payments.status, ["pending", "requires_action", "failed"]),
          ),
        )
        .returning();
      if (!paid) return payment;
      await postTransaction(db, {
        idempotencyKey: `charge:${paid.id}`,
        kind: "charge",
        currency: paid.currency,
        memo: `Paid for ${paid.description}`,
        contractId: contract.id,
        milestoneId: paid.milestoneId,
        weekId: paid.weekId,
        paymentId: paid.id,
        postings: [
          { account: { kind: "provider_clearing" }, amountMinor: -paid.amountMinor },
          { account: { kind: "escrow", contractId: contract.id }, amountMinor: paid.amountMinor },
        ],
      });
      await issueReceipt(db, {
        kind: "receipt",
        payment: paid,
        freelancerId: contract.freelancerId,
        description: paid.description,
      });
      if (paid.milestoneId) await fundedMilestone(tx, contract, paid);
      // The payer's own event: the app tells them on the page, an integration hears it here.
      await publishWebhookEvent(tx, {
        userId: paid.clientId,
        kind: "payment.succeeded",
        eventId: `payment.succeeded:${paid.id}`,
        data: {
          paymentId: paid.id,
          contractId: contract.id,
          milestoneId: paid.milestoneId,
          weekId: paid.weekId,
          description: paid.description,
          amountMinor: paid.amountMinor,
          currency: paid.currency,
          succeededAt: paid.succeededAt?.toISOString() ?? null,
        },
      });
      return paid;
    }

    if (result.status === "failed") {
      const [failed] = await db
        .update(payments)
        .set({
          status: "failed",
          providerRef: result.ref,
          clientSecret: null,
          failureMessage: result.failureMessage ?? "The payment was declined.",
        })
        .where(
          and(eq(payments.id, paymentId), inArray(payments.status, ["pending", "requires_action"])),
        )
        .returning();
      if (failed?.weekId)
        await notify(
          tx,
          paymentFailed({
            projectTitle: await projectTitle(db, contract.projectId),
            contract,
            paymentId: failed.id,
            what: failed.description,
            amountMinor: failed.amountMinor,
            reason: failed.failureMessage ?? "",
          }),
        );
      return failed ?? payment;
    }

    // Waiting for the person (authentication) or for the bank: keep what the provider said.
    const [waiting] = await db
      .update(payments)
      .set({
        status: result.status === "requires_action" ? "requires_action" : "pending",
        providerRef: result.ref,
        clientSecret: result.clientSecret ?? null,
        cardLabel: result.cardLabel ?? payment.cardLabel,
      })
      .where(
        and(eq(payments.id, paymentId), inArray(payments.status, ["pending", "requires_action"])),
      )
      .returning();
    return waiting ?? payment;
  });
}

/** Money for a milestone arrived: fund it, or send back what it cannot use. */
async function fundedMilestone(
  tx: DomainContext & { db: Transaction },
  contract: typeof contracts.$inferSelect,
  paid: typeof payments.$inferSelect,
) {
  const { db } = tx;
  const [milestone] = await db
    .select()
    .from(milestones)
    .where(eq(milestones.id, paid.milestoneId!));
  const what = `“${milestone?.title ?? paid.description}”`;
  const open =
    milestone &&
    contract.status === "active" &&
    ["pending", "funded", "changes_requested", "submitted"].includes(milestone.status);
  if (!open) {
    await refundEscrow(tx, {
      contract,
      item: "milestone",
      itemId: paid.milestoneId!,
      what,
      reason: milestone
        ? "the contract ended before the payment arrived"
        : "the milestone was removed",
    });
    return;
  }
  const held = await heldFor(db, contract.id, "milestone", milestone.id);
  if (held.heldMinor > milestone.amountMinor)
    await refundEscrow(tx, {
      contract,
      item: "milestone",
      itemId: milestone.id,
      what,
      reason: "more than the milestone's amount arrived",
      amountMinor: held.heldMinor - milestone.amountMinor,
    });
  if (milestone.status === "pending")
    await db
      .update(milestones)
      .set({ status: "funded" })
      .where(and(eq(milestones.id, milestone.id), eq(milestones.status, "pending")));
  const title = await projectTitle(db, contract.projectId);
  const by = await clientName(tx, contract.clientId);
  await notify(
    tx,
    milestoneFunded({
      by,
      projectTitle: title,
      contract,
      milestone,
      paymentId: paid.id,
      amountMinor: paid.amountMinor,
    }),
  );
  await postContractEvent(tx, {
    contractId: contract.id,
    event: `payment.funded:${paid.id}`,
    body: `${by} funded “${milestone.title}”: ${formatMoney(paid.amountMinor, paid.currency)} is held in escrow.`,
  });
}

async function clientName(tx: DomainContext, clientId: string) {
  if (tx.actor?.kind === "person" && tx.actor.id === clientId) return tx.actor.name;
  const [row] = await tx.db.select({ name: users.name }).from(users).where(eq(users.id, clientId));
  return row?.name ?? "The client";
}
