import "server-only";

import { desc, eq } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { reviveDeadJob } from "~/server/domain/jobs/revive-dead-job";

/** Dead jobs, newest first, with their last error: on both engines the table records them. */
export function listDeadJobs(db: Database, limit = 50) {
  return db
    .select({
      id: jobs.id,
      name: jobs.name,
      attempts: jobs.attempts,
      lastError: jobs.lastError,
      finishedAt: jobs.finishedAt,
      requestId: jobs.requestId,
    })
    .from(jobs)
    .where(eq(jobs.status, "dead"))
    .orderBy(desc(jobs.finishedAt))
    .limit(limit);
}

/**
 * Gives a dead job a fresh set of attempts, due now, on either engine (BullMQ's relay hands it
 * to Redis again). Answers false when no dead job has `id`.
 */
export async function retryDeadJob(db: Database, id: string) {
  return (await reviveDeadJob(db, id, new Date())) !== undefined;
}
