import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { milestones } from "~/server/db/schema/contracts";
import { disputes } from "~/server/db/schema/trust";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError } from "~/server/domain/errors";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { moneyOf } from "~/server/domain/money/settings";
import { notify } from "~/server/domain/notification/notify";
import { activeDisputeStatuses } from "~/shared/trust";
import { addDisputePost } from "./add-dispute-post";
import { disputeFor, disputedWhat } from "./dispute-access";
import { disputeNotices } from "./dispute-notices";

/**
 * Whoever opened a dispute withdraws it while it runs. Its money is no longer frozen and
 * follows the usual course again: a handed-in milestone whose review period has passed is
 * released by the automatic release (scheduled again), a week is billed again.
 */
export async function withdrawDispute({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { dispute, contract } = await disputeFor(db, ctx.actor, input.id);
    if (dispute.openedBy !== ctx.actor.id)
      throw new ForbiddenError("Only whoever opened a dispute can withdraw it.");
    const now = nowOf(ctx);
    const [updated] = await db
      .update(disputes)
      .set({ status: "withdrawn", updatedAt: now })
      .where(and(eq(disputes.id, dispute.id), inArray(disputes.status, activeDisputeStatuses)))
      .returning();
    if (!updated) throw new ConflictError("This dispute is already closed.");
    await addDisputePost(tx, {
      disputeId: dispute.id,
      authorId: ctx.actor.id,
      kind: "withdrawn",
      body: `${ctx.actor.name} withdrew the dispute.`,
    });
    if (dispute.milestoneId) {
      const [milestone] = await db
        .select()
        .from(milestones)
        .where(eq(milestones.id, dispute.milestoneId));
      if (milestone?.status === "submitted" && milestone.submittedAt) {
        const due = milestone.submittedAt.getTime() + moneyOf(ctx).autoReleaseMs;
        await enqueueJob(
          tx,
          "milestone.auto_release",
          { milestoneId: milestone.id, submittedAt: milestone.submittedAt.getTime() },
          {
            runAt: new Date(Math.max(due, now.getTime())),
            dedupeKey: `milestone.auto_release:withdrawn:${dispute.id}`,
          },
        );
      }
    } else {
      await enqueueJob(tx, "timesheet.bill_week", { weekId: dispute.weekId! });
    }
    const what = await disputedWhat(db, dispute);
    for (const notice of await disputeNotices(db, {
      dispute: updated,
      contract,
      kind: "dispute.withdrawn",
      eventKey: `dispute.withdrawn:${dispute.id}`,
      title: `${ctx.actor.name} withdrew the dispute over ${what}: its money is no longer frozen.`,
      to: { parties: true, admins: true },
    }))
      await notify(tx, notice);
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `dispute.withdrawn:${dispute.id}`,
      body: `${ctx.actor.name} withdrew the dispute over ${what}.`,
    });
    return updated;
  });
}
