import "server-only";

import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { deliverableFiles } from "~/server/db/schema/messages";
import { attachFiles } from "~/server/domain/file/attach-files";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { SubmitMilestoneInput } from "~/shared/schemas/contract";
import { milestoneAs } from "./milestone-access";
import { nowOf } from "~/server/domain/clock";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { assertFunded } from "~/server/domain/money/escrow";
import { moneyOf } from "~/server/domain/money/settings";
import { recordMilestoneEvent } from "./milestone-history";
import { milestoneStep, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/**
 * The freelancer hands in a funded milestone, or one the client sent back. Its review period
 * starts: unanswered, the `milestone.auto_release` job approves and releases it at the end.
 */
export async function submitMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SubmitMilestoneInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { contract, milestone } = await milestoneAs(db, ctx, input.id, "freelancer");
    if (milestone.status === "pending")
      throw new ConflictError(
        "The client has not funded this milestone yet: hand it in once it shows as funded.",
      );
    await assertFunded(db, milestone);
    const now = nowOf(ctx);
    const [updated] = await db
      .update(milestones)
      .set({
        status: "submitted",
        submissionNote: input.note,
        submissionLinks: input.links,
        submittedAt: now,
      })
      .where(
        and(
          eq(milestones.id, input.id),
          inArray(milestones.status, ["funded", "changes_requested"]),
        ),
      )
      .returning();
    if (!updated)
      throw new ConflictError(
        "Only a funded milestone, or one sent back for changes, can be submitted.",
      );
    // The row shows the latest hand-in; the history keeps every one, with its files.
    const eventId = await recordMilestoneEvent(db, updated.id, now, {
      kind: "submitted",
      note: input.note,
      links: input.links,
    });
    const delivered = await attachFiles(tx, {
      fileIds: input.fileIds,
      uploaderId: ctx.actor.id,
      purpose: "deliverable",
    });
    if (delivered.length > 0)
      await db.insert(deliverableFiles).values(
        delivered.map((file, position) => ({
          milestoneEventId: eventId,
          milestoneId: updated.id,
          fileId: file.id,
          position,
        })),
      );
    await notify(
      tx,
      milestoneStep({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        milestone: updated,
        eventId,
        step: "submitted",
        detail: input.note,
      }),
    );
    // Unanswered through the review period, it is approved and released by itself.
    await enqueueJob(
      tx,
      "milestone.auto_release",
      { milestoneId: updated.id, submittedAt: now.getTime() },
      {
        runAt: new Date(now.getTime() + moneyOf(ctx).autoReleaseMs),
        dedupeKey: `milestone.auto_release:${eventId}`,
      },
    );
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `milestone.submitted:${eventId}`,
      body: `${ctx.actor.name} submitted “${updated.title}” for review.`,
    });
    return updated;
  });
}
