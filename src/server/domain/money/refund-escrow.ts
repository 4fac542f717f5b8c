import "server-only";

import { and, desc, eq, sql } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";
import type { contracts } from "~/server/db/schema/contracts";
import { payments, refunds } from "~/server/db/schema/money";
import type { DomainContext } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { moneyRefunded, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { heldFor } from "./escrow";
import { assertNotFrozen } from "./frozen";
import { postTransaction } from "./ledger";
import { issueReceipt } from "./receipts";

/**
 * Returns escrow held for a milestone or week to the client's card, in the caller's
 * transaction: all of it, or `amountMinor` of it. The ledger moves now (escrow → the
 * provider's clearing account) against the item's payments, newest first; the provider is
 * called by the `payment.refund` job after the commit, with the refund's own key. Answers the
 * amount refunded.
 */
export async function refundEscrow(
  tx: DomainContext & { db: Transaction },
  args: {
    contract: typeof contracts.$inferSelect;
    item: "milestone" | "week";
    itemId: string;
    what: string;
    reason: string;
    amountMinor?: number;
  },
) {
  const { db } = tx;
  const { contract } = args;
  const held = await heldFor(db, contract.id, args.item, args.itemId);
  const remaining = Math.min(args.amountMinor ?? held.heldMinor, held.heldMinor);
  if (remaining <= 0) return 0;
  await assertNotFrozen(db, args.item, args.itemId, args.what, {
    heldMinor: held.heldMinor,
    takeMinor: remaining,
  });
  return refundToCards(tx, { ...args, amountMinor: remaining, ledger: "per_refund" });
}

/**
 * Gives `amountMinor` back to the client's card against the item's payments, newest first:
 * a refund row (the provider is called by the `payment.refund` job with its key), the credit
 * note, and a notice per payment touched. `ledger: "per_refund"` posts each refund's own
 * ledger transaction (escrow → provider clearing); `"settled"` posts none, for a caller whose
 * one transaction already moved the money (a dispute's resolution). Answers the amount.
 */
export async function refundToCards(
  tx: DomainContext & { db: Transaction },
  args: {
    contract: typeof contracts.$inferSelect;
    item: "milestone" | "week";
    itemId: string;
    what: string;
    reason: string;
    amountMinor: number;
    ledger: "per_refund" | "settled";
  },
) {
  const { db } = tx;
  const { contract } = args;
  let remaining = args.amountMinor;
  const column = args.item === "milestone" ? payments.milestoneId : payments.weekId;
  const paid = await db
    .select()
    .from(payments)
    .where(and(eq(column, args.itemId), eq(payments.status, "succeeded")))
    .orderBy(desc(payments.createdAt));
  let refunded = 0;
  for (const payment of paid) {
    const take = Math.min(remaining, payment.amountMinor - payment.refundedMinor);
    if (take <= 0) continue;
    const refundId = crypto.randomUUID();
    await db.insert(refunds).values({
      id: refundId,
      paymentId: payment.id,
      amountMinor: take,
      currency: payment.currency,
      reason: args.reason,
      idempotencyKey: `refund:${refundId}`,
    });
    await db
      .update(payments)
      .set({ refundedMinor: sql`${payments.refundedMinor} + ${take}` })
      .where(eq(payments.id, payment.id));
    if (args.ledger === "per_refund")
      await postTransaction(db, {
        idempotencyKey: `refund:${refundId}`,
        kind: "refund",
        currency: payment.currency,
        memo: `Refunded ${args.what}: ${args.reason}`,
        contractId: contract.id,
        milestoneId: payment.milestoneId,
        weekId: payment.weekId,
        paymentId: payment.id,
        postings: [
          { account: { kind: "escrow", contractId: contract.id }, amountMinor: -take },
          { account: { kind: "provider_clearing" }, amountMinor: take },
        ],
      });
    await issueReceipt(db, {
      kind: "refund",
      payment,
      refund: { id: refundId, amountMinor: take },
      freelancerId: contract.freelancerId,
      description: `Refund of ${args.what}: ${args.reason}`,
    });
    await enqueueJob(
      tx,
      "payment.refund",
      { refundId },
      { dedupeKey: `payment.refund:${refundId}` },
    );
    await notify(
      tx,
      moneyRefunded({
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        refundId,
        what: args.what,
        amountMinor: take,
      }),
    );
    remaining -= take;
    refunded += take;
    if (remaining === 0) break;
  }
  return refunded;
}
