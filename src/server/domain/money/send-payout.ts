import "server-only";

import { and, eq } from "drizzle-orm";

import { payoutAccounts, payouts } from "~/server/db/schema/money";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { payoutPaid } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { postTransaction } from "./ledger";
import { moneyOf } from "./settings";

/**
 * The `payout.send` job: sends a withdrawal through the provider with the payout's own key
 * (a retry is the same payout), then books it: pending → paid out, or back to available.
 */
export async function sendPayout(ctx: DomainContext, payoutId: string) {
  const [payout] = await ctx.db.select().from(payouts).where(eq(payouts.id, payoutId));
  if (!payout || payout.status !== "pending") return payout?.status ?? null;
  const [account] = await ctx.db
    .select()
    .from(payoutAccounts)
    .where(eq(payoutAccounts.userId, payout.userId));
  const result = await moneyOf(ctx).provider.payout({
    idempotencyKey: payout.idempotencyKey,
    accountRef: account?.accountRef ?? null,
    amountMinor: payout.amountMinor,
    currency: payout.currency,
    sourceChargeRef: payout.sourceChargeRef,
    transferGroup: payout.transferGroup,
  });
  if (result.status === "pending") {
    await ctx.db.update(payouts).set({ providerRef: result.ref }).where(eq(payouts.id, payoutId));
    return "pending";
  }
  return withTransaction(ctx, async (tx) => {
    const paid = result.status === "paid";
    const [moved] = await tx.db
      .update(payouts)
      .set({
        status: result.status,
        providerRef: result.ref,
        failureMessage: result.failureMessage ?? null,
        paidAt: paid ? (tx.now?.() ?? new Date()) : null,
      })
      .where(and(eq(payouts.id, payoutId), eq(payouts.status, "pending")))
      .returning();
    if (!moved) return payout.status;
    const userId = payout.userId;
    await postTransaction(tx.db, {
      idempotencyKey: `${paid ? "payout_paid" : "payout_returned"}:${payoutId}`,
      kind: paid ? "payout_paid" : "payout_returned",
      currency: payout.currency,
      memo: paid
        ? "Withdrawal paid out"
        : `Withdrawal failed: ${result.failureMessage ?? "refused"}`,
      payoutId,
      postings: [
        { account: { kind: "pending", userId }, amountMinor: -payout.amountMinor },
        {
          account: { kind: paid ? "paid_out" : "available", userId },
          amountMinor: payout.amountMinor,
        },
      ],
    });
    if (paid)
      await notify(
        tx,
        payoutPaid({
          userId,
          payoutId,
          amountMinor: payout.amountMinor,
          currency: payout.currency,
        }),
      );
    return result.status;
  });
}
