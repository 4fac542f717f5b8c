import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { RequestChangesInput } from "~/shared/schemas/contract";
import { milestoneAs } from "./milestone-access";
import { recordMilestoneEvent } from "./milestone-history";

/** The client sends a submitted milestone back, saying why. */
export async function requestChanges({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof RequestChangesInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    await milestoneAs(db, ctx, input.id, "client");
    const [updated] = await db
      .update(milestones)
      .set({ status: "changes_requested", changesReason: input.reason })
      .where(and(eq(milestones.id, input.id), eq(milestones.status, "submitted")))
      .returning();
    if (!updated) throw new ConflictError("Only a submitted milestone can be sent back.");
    await recordMilestoneEvent(db, updated.id, updated.updatedAt, {
      kind: "changes_requested",
      reason: input.reason,
    });
    return updated;
  });
}
