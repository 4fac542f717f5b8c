import "server-only";

import { eq } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { plannedTotal } from "./milestone-plan";
import { answer, pendingAmendmentAs } from "./amendment-access";
import { amendmentAnswered, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/** The freelancer agrees (the contract amount changes) or declines. */
export async function respondToAmendment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string; accept: boolean };
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
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
    const answered = await answer(db, amendment.id, input.accept ? "accepted" : "declined");
    await notify(
      tx,
      amendmentAnswered({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        amendment,
        accepted: input.accept,
      }),
    );
    return answered;
  });
}
