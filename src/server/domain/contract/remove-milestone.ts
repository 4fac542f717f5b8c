import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { milestoneRemoved, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { milestoneAs } from "./milestone-access";
import { refundEscrow } from "~/server/domain/money/refund-escrow";

/**
 * The client takes a milestone out of the plan while the freelancer has not handed it in
 * (so it has no history to lose); what it was funded with is refunded to the client's card.
 * Once handed in, it stays: approve it or ask for changes.
 */
export async function removeMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { milestone, contract } = await milestoneAs(db, ctx, input.id, "client");
    // What the client paid in goes back to their card.
    if (milestone.status === "funded")
      await refundEscrow(tx, {
        contract,
        item: "milestone",
        itemId: milestone.id,
        what: `“${milestone.title}”`,
        reason: "the milestone was removed",
      });
    const [removed] = await db
      .delete(milestones)
      .where(
        and(eq(milestones.id, milestone.id), inArray(milestones.status, ["pending", "funded"])),
      )
      .returning({ id: milestones.id, contractId: milestones.contractId });
    if (!removed)
      throw new ConflictError(
        "Only a milestone the freelancer has not handed in yet can be removed.",
      );
    await notify(
      tx,
      milestoneRemoved({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        milestone,
      }),
    );
    return removed;
  });
}
