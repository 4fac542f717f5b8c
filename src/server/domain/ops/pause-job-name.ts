import "server-only";

import type { z } from "zod";

import { jobPauses } from "~/server/db/schema/trust";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { JobNameActionInput } from "~/shared/schemas/ops";

/**
 * An admin pauses a job name: from the commit on, the embedded engine claims none of its
 * waiting jobs and BullMQ's relay hands none to Redis. Jobs already running finish, and on
 * BullMQ those already handed over (`relayed`) still run: Redis holds one queue for every name.
 */
export async function pauseJobName({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof JobNameActionInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const now = ctx.now?.() ?? new Date();
    const [paused] = await tx.db
      .insert(jobPauses)
      .values({ name: input.name, pausedBy: ctx.actor.id, reason: input.reason, pausedAt: now })
      .onConflictDoNothing()
      .returning();
    if (!paused) throw new ConflictError(`${input.name} is paused already.`);
    await recordAuditEvent(tx, {
      action: "job.paused",
      actorId: ctx.actor.id,
      target: { type: "job_name", id: input.name },
      detail: { name: input.name, reason: input.reason },
    });
    return { name: input.name, pausedAt: now };
  });
}
