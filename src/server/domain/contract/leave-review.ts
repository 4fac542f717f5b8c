import "server-only";

import type { z } from "zod";

import { reviews } from "~/server/db/schema/contracts";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { loadContractForParty } from "./load-contract";
import type { LeaveReviewInput } from "~/shared/schemas/contract";

/** After a contract completes, each party reviews the other, once. */
export async function leaveReview({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof LeaveReviewInput>;
}) {
  const me = ctx.actor.id;
  const contract = await loadContractForParty(ctx.db, ctx.actor, input.contractId);
  if (contract.status === "active")
    throw new ConflictError("Reviews open when the contract completes or is ended.");
  const { contractId, ...scores } = input;
  const [review] = await ctx.db
    .insert(reviews)
    .values({
      contractId,
      reviewerId: me,
      revieweeId: contract.clientId === me ? contract.freelancerId : contract.clientId,
      ...scores,
    })
    .onConflictDoNothing()
    .returning();
  if (!review) throw new ConflictError("You have already reviewed this contract.");
  return review;
}
