import "server-only";

import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { RequestChangesInput } from "~/shared/schemas/contract";
import { milestoneAs } from "./milestone-access";
import { recordMilestoneEvent } from "./milestone-history";
import { milestoneStep, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/** The client sends a submitted milestone back, saying why. */
export async function requestChanges({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof RequestChangesInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { contract } = await milestoneAs(db, ctx, input.id, "client");
    const [updated] = await db
      .update(milestones)
      .set({ status: "changes_requested", changesReason: input.reason })
      .where(and(eq(milestones.id, input.id), eq(milestones.status, "submitted")))
      .returning();
    if (!updated) throw new ConflictError("Only a submitted milestone can be sent back.");
    const eventId = await recordMilestoneEvent(db, updated.id, updated.updatedAt, {
      kind: "changes_requested",
      reason: input.reason,
    });
    await notify(
      tx,
      milestoneStep({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        milestone: updated,
        eventId,
        step: "changes_requested",
        detail: input.reason,
      }),
    );
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `milestone.changes_requested:${eventId}`,
      body: `${ctx.actor.name} asked for changes to “${updated.title}”.`,
    });
    return updated;
  });
}
