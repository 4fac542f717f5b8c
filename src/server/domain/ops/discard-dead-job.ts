import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { jobs } from "~/server/db/schema/jobs";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import type { DeadJobActionInput } from "~/shared/schemas/ops";

/**
 * An admin gives up on a dead job: its row goes, and the audit event keeps what it was (name,
 * payload, attempts, last error). Its dedupe key is free again.
 */
export async function discardDeadJob({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DeadJobActionInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .delete(jobs)
      .where(and(eq(jobs.id, input.id), eq(jobs.status, "dead")))
      .returning();
    if (!row) throw new NotFoundError("No dead job has that id: it may be gone already.");
    await recordAuditEvent(tx, {
      action: "job.discarded",
      actorId: ctx.actor.id,
      target: { type: "job", id: row.id },
      detail: {
        name: row.name,
        reason: input.reason,
        payload: row.payload,
        attempts: row.attempts,
        lastError: row.lastError,
      },
    });
    return { id: row.id, name: row.name };
  });
}
