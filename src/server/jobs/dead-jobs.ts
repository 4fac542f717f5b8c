import "server-only";

import { and, desc, eq } from "drizzle-orm";
import type { Queue } from "bullmq";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { retryDeadOnBull } from "./bullmq-engine";

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
 * Gives a dead job a fresh set of attempts. On the embedded engine it waits again; on BullMQ
 * (pass its queue) the failed job is retried there. Answers false when no dead job has `id`.
 */
export async function retryDeadJob(db: Database, id: string, queue?: Queue) {
  const [row] = await db
    .update(jobs)
    .set(
      queue
        ? { status: "relayed", attempts: 0, finishedAt: null }
        : {
            status: "waiting",
            attempts: 0,
            finishedAt: null,
            runAt: new Date(),
            leaseUntil: null,
            claimedBy: null,
          },
    )
    .where(and(eq(jobs.id, id), eq(jobs.status, "dead")))
    .returning();
  if (!row) return false;
  if (queue) await retryDeadOnBull(queue, row);
  return true;
}
