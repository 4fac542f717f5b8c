import "server-only";

import { count, desc, eq } from "drizzle-orm";

import { jobs, type JobStatus } from "~/server/db/schema/jobs";
import { jobPauses } from "~/server/db/schema/trust";
import type { DomainContext } from "~/server/domain/context";

const DEAD_LISTED = 100;

export interface JobNameSummary {
  name: string;
  waiting: number;
  /** Handed to Redis on the BullMQ engine: waiting or running there. */
  relayed: number;
  running: number;
  dead: number;
  /** Set when an admin paused the name. */
  paused: { reason: string; pausedAt: Date; pausedBy: string | null } | null;
}

/**
 * The jobs console: every name with work in the table or a pause, its waiting, running and dead
 * counts, and the newest dead jobs with their attempts and last error. The table is the record
 * on both engines, so this reads the same whichever one runs.
 */
export async function listJobs({ ctx }: { ctx: Pick<DomainContext, "db"> }) {
  const counted = await ctx.db
    .select({ name: jobs.name, status: jobs.status, n: count() })
    .from(jobs)
    .groupBy(jobs.name, jobs.status);
  const pauses = await ctx.db.select().from(jobPauses);

  const byName = new Map<string, JobNameSummary>();
  const summary = (name: string) => {
    let entry = byName.get(name);
    if (!entry) {
      entry = { name, waiting: 0, relayed: 0, running: 0, dead: 0, paused: null };
      byName.set(name, entry);
    }
    return entry;
  };
  const tallied: Partial<Record<JobStatus, keyof JobNameSummary>> = {
    waiting: "waiting",
    relayed: "relayed",
    running: "running",
    dead: "dead",
  };
  for (const row of counted) {
    const field = tallied[row.status];
    const entry = summary(row.name);
    if (field) (entry[field] as number) += row.n;
  }
  for (const pause of pauses) {
    summary(pause.name).paused = {
      reason: pause.reason,
      pausedAt: pause.pausedAt,
      pausedBy: pause.pausedBy,
    };
  }

  const dead = await ctx.db
    .select({
      id: jobs.id,
      name: jobs.name,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
      lastError: jobs.lastError,
      finishedAt: jobs.finishedAt,
      createdAt: jobs.createdAt,
    })
    .from(jobs)
    .where(eq(jobs.status, "dead"))
    .orderBy(desc(jobs.finishedAt), desc(jobs.id))
    .limit(DEAD_LISTED);

  return {
    names: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
    dead,
    deadTotal: [...byName.values()].reduce((sum, entry) => sum + entry.dead, 0),
  };
}
