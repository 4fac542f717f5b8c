import "server-only";

import type { z } from "zod";

import { reviews } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { projectTitle, reviewReceived } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
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
  return withTransaction(ctx, async (tx) => {
    const contract = await loadContractForParty(tx.db, ctx.actor, input.contractId);
    if (contract.status === "active")
      throw new ConflictError("Reviews open when the contract completes or is ended.");
    const { contractId, ...scores } = input;
    const [review] = await tx.db
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
    const title = await projectTitle(tx.db, contract.projectId);
    await notify(tx, reviewReceived({ by: ctx.actor.name, projectTitle: title, review }));
    return review;
  });
}
