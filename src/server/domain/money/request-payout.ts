import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { payments, payoutAccounts, payouts } from "~/server/db/schema/money";
import type { Transaction } from "~/server/db/client";
import { type DomainContext, type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError, InvalidError } from "~/server/domain/errors";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { formatMoney } from "~/shared/format/money";
import { balanceOf, postTransaction } from "./ledger";
import { moneyOf } from "./settings";

/**
 * A freelancer withdraws from their available balance (all of it unless they say how much).
 * The money moves to `pending` at once, so it cannot be withdrawn twice; the `payout.send` job
 * asks the provider, and moves it on to `paid_out` (or back to available if it fails).
 */
export async function requestPayout({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { currency: string; amountMinor?: number };
}) {
  if (ctx.actor.role !== "freelancer")
    throw new ForbiddenError("Only freelancers have earnings to withdraw.");
  const provider = moneyOf(ctx).provider;
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const userId = ctx.actor.id;
    const available = await balanceOf(db, { kind: "available", userId }, input.currency);
    const amount = input.amountMinor ?? available;
    if (available <= 0) throw new ConflictError("There is nothing available to withdraw.");
    if (amount > available)
      throw new InvalidError("That is more than your available balance.", {
        amountMinor: [`You can withdraw up to ${formatMoney(available, input.currency)}.`],
      });
    const [account] = await db
      .select()
      .from(payoutAccounts)
      .where(eq(payoutAccounts.userId, userId));
    if (provider.name === "stripe" && !account?.transfersEnabled)
      throw new ConflictError("Finish setting up your payout account before you withdraw.");
    const id = crypto.randomUUID();
    const [payout] = await db
      .insert(payouts)
      .values({
        id,
        userId,
        amountMinor: amount,
        currency: input.currency,
        provider: provider.name,
        idempotencyKey: `payout:${id}`,
      })
      .returning();
    await postTransaction(db, {
      idempotencyKey: `payout:${id}`,
      kind: "payout",
      currency: input.currency,
      memo: "Withdrawal requested",
      payoutId: id,
      postings: [
        { account: { kind: "available", userId }, amountMinor: -amount },
        { account: { kind: "pending", userId }, amountMinor: amount },
      ],
    });
    await enqueueJob(tx, "payout.send", { payoutId: id }, { dedupeKey: `payout.send:${id}` });
    return payout!;
  });
}

/**
 * With Stripe, released money goes on to the freelancer's connected account at once: a transfer
 * tied to the charge it came from and grouped by contract. Without a ready account it stays
 * available until they set one up and withdraw. The sandbox leaves it available to withdraw.
 */
export async function payOutRelease(
  tx: DomainContext & { db: Transaction },
  args: {
    contractId: string;
    freelancerId: string;
    currency: string;
    netMinor: number;
    item: "milestone" | "week";
    itemId: string;
    releaseId: string;
  },
) {
  if (moneyOf(tx).provider.name !== "stripe" || args.netMinor <= 0) return null;
  const [account] = await tx.db
    .select()
    .from(payoutAccounts)
    .where(eq(payoutAccounts.userId, args.freelancerId));
  if (!account?.transfersEnabled) return null;
  // The transfer names the charge the money came from (the largest, after a top-up).
  const [source] = await tx.db
    .select({ chargeRef: payments.providerChargeRef })
    .from(payments)
    .where(
      and(
        eq(args.item === "milestone" ? payments.milestoneId : payments.weekId, args.itemId),
        eq(payments.status, "succeeded"),
      ),
    )
    .orderBy(desc(payments.amountMinor))
    .limit(1);
  const id = crypto.randomUUID();
  const userId = args.freelancerId;
  await tx.db.insert(payouts).values({
    id,
    userId,
    amountMinor: args.netMinor,
    currency: args.currency,
    provider: "stripe",
    sourceChargeRef: source?.chargeRef ?? null,
    transferGroup: `contract_${args.contractId}`,
    idempotencyKey: `transfer:${args.releaseId}`,
  });
  await postTransaction(tx.db, {
    idempotencyKey: `payout:${id}`,
    kind: "payout",
    currency: args.currency,
    memo: "Transfer to your payout account",
    payoutId: id,
    contractId: args.contractId,
    postings: [
      { account: { kind: "available", userId }, amountMinor: -args.netMinor },
      { account: { kind: "pending", userId }, amountMinor: args.netMinor },
    ],
  });
  await enqueueJob(tx, "payout.send", { payoutId: id }, { dedupeKey: `payout.send:${id}` });
  return id;
}
