import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import { contractAmendments, contracts } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import type { ProposeAmendmentInput } from "~/shared/schemas/contract";
import { contractAs, type Party } from "./load-contract";
import { plannedTotal } from "./milestones";

async function pendingAmendmentAs(db: DbOrTx, ctx: PersonContext, id: string, party: Party) {
  const [amendment] = await db
    .select()
    .from(contractAmendments)
    .where(eq(contractAmendments.id, id))
    .limit(1);
  // Missing, or on a contract that is not theirs: the same answer, so ids reveal nothing.
  const missing = new NotFoundError("We couldn't find that change among your contracts.");
  if (!amendment) throw missing;
  const contract = await contractAs(db, ctx, amendment.contractId, party).catch((error) => {
    throw error instanceof NotFoundError ? missing : error;
  });
  if (amendment.status !== "pending")
    throw new ConflictError("This change has already been answered.");
  return { amendment, contract };
}

/** Closes a pending change; CONFLICT when another answer got there first. */
async function answer(db: DbOrTx, id: string, status: "accepted" | "declined" | "withdrawn") {
  const [updated] = await db
    .update(contractAmendments)
    .set({ status, decidedAt: new Date() })
    .where(and(eq(contractAmendments.id, id), eq(contractAmendments.status, "pending")))
    .returning();
  if (!updated) throw new ConflictError("This change has already been answered.");
  return updated;
}

/**
 * The client asks to change the contract amount, so milestones can add up to more (or the
 * amount can come down). It takes effect only when the freelancer agrees.
 */
export async function proposeAmendment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ProposeAmendmentInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const contract = await contractAs(db, ctx, input.contractId, "client");
    if (input.amountMinor === contract.amountMinor)
      throw new ConflictError("That is already the contract amount.");
    if (input.amountMinor < (await plannedTotal(db, contract.id)))
      throw new ConflictError(
        "The new amount is less than the milestones already planned. Remove or lower milestones first.",
      );
    const [amendment] = await db
      .insert(contractAmendments)
      .values({
        contractId: contract.id,
        amountMinor: input.amountMinor,
        previousAmountMinor: contract.amountMinor,
        reason: input.reason,
      })
      .onConflictDoNothing()
      .returning();
    if (!amendment)
      throw new ConflictError(
        "A change to this contract is already waiting for the freelancer. Withdraw it first.",
      );
    return amendment;
  });
}

/** The freelancer agrees (the contract amount changes) or declines. */
export async function respondToAmendment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string; accept: boolean };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { amendment, contract } = await pendingAmendmentAs(db, ctx, input.id, "freelancer");
    if (input.accept) {
      // Milestones may have been added since it was asked; the new amount must still cover them.
      if (amendment.amountMinor < (await plannedTotal(db, contract.id)))
        throw new ConflictError(
          "Milestones planned since this was asked add up to more than the new amount.",
        );
      await db
        .update(contracts)
        .set({ amountMinor: amendment.amountMinor })
        .where(eq(contracts.id, contract.id));
    }
    return answer(db, amendment.id, input.accept ? "accepted" : "declined");
  });
}

/** The client takes back a change the freelancer has not answered yet. */
export async function withdrawAmendment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { amendment } = await pendingAmendmentAs(db, ctx, input.id, "client");
    return answer(db, amendment.id, "withdrawn");
  });
}
