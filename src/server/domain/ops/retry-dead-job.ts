import "server-only";

import type { z } from "zod";

import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { wakeWorkersAfterCommit } from "~/server/domain/jobs/enqueue-job";
import type { JobName } from "~/server/domain/jobs/job-types";
import { reviveDeadJob } from "~/server/domain/jobs/revive-dead-job";
import type { DeadJobActionInput } from "~/shared/schemas/ops";

/**
 * An admin runs a dead job again now, with its attempts reset. On BullMQ the relay hands it to
 * Redis again (woken at commit); a paused name's job waits for the resume like any other.
 */
export async function retryDeadJob({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DeadJobActionInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const row = await reviveDeadJob(tx.db, input.id, ctx.now?.() ?? new Date());
    if (!row) throw new NotFoundError("No dead job has that id: it may have been retried already.");
    await recordAuditEvent(tx, {
      action: "job.retried",
      actorId: ctx.actor.id,
      target: { type: "job", id: row.id },
      detail: { name: row.name, reason: input.reason, lastError: row.lastError },
    });
    wakeWorkersAfterCommit(tx, row.name as JobName);
    return { id: row.id, name: row.name };
  });
}
