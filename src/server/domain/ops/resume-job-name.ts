import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { jobPauses } from "~/server/db/schema/trust";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { wakeWorkersAfterCommit } from "~/server/domain/jobs/enqueue-job";
import type { JobName } from "~/server/domain/jobs/job-types";
import type { JobNameActionInput } from "~/shared/schemas/ops";

/** An admin resumes a paused job name: its waiting jobs are claimed or relayed again at once. */
export async function resumeJobName({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof JobNameActionInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const [pause] = await tx.db.delete(jobPauses).where(eq(jobPauses.name, input.name)).returning();
    if (!pause) throw new ConflictError(`${input.name} is not paused.`);
    await recordAuditEvent(tx, {
      action: "job.resumed",
      actorId: ctx.actor.id,
      target: { type: "job_name", id: input.name },
      detail: { name: input.name, reason: input.reason, pausedFor: pause.reason },
    });
    wakeWorkersAfterCommit(tx, input.name as JobName);
    return { name: input.name };
  });
}
