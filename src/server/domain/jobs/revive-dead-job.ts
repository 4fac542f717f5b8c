import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";

/**
 * Puts a dead job back in line with a fresh set of attempts, due `now`. Both engines take it
 * from there: the embedded one claims it, BullMQ's relay hands it to Redis again (the relay
 * clears what is left of its failed run there). Its last error stays until it succeeds.
 * Answers the row, or undefined when no dead job has `id`.
 */
export async function reviveDeadJob(db: DbOrTx, id: string, now: Date) {
  const [row] = await db
    .update(jobs)
    .set({
      status: "waiting",
      attempts: 0,
      runAt: now,
      finishedAt: null,
      leaseUntil: null,
      claimedBy: null,
    })
    .where(and(eq(jobs.id, id), eq(jobs.status, "dead")))
    .returning();
  return row;
}
