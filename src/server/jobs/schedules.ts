import "server-only";

import { Cron } from "croner";

import type { Database } from "~/server/db/client";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import type { JobName } from "~/server/domain/jobs/job-types";

export interface Schedule {
  name: JobName;
  /** Five-field cron pattern, read in `timeZone`. */
  pattern: string;
  timeZone: string;
}

/** Guild's recurring work. */
export const schedules: Schedule[] = [
  { name: "housekeeping.prune", pattern: "17 3 * * *", timeZone: "UTC" },
  // Hourly: each person's digest goes out when 08:00 comes in their own time zone.
  { name: "notification.digest_dispatch", pattern: "0 * * * *", timeZone: "UTC" },
  { name: "saved_search.match", pattern: "* * * * *", timeZone: "UTC" },
  { name: "timesheet.timed_moves", pattern: "*/10 * * * *", timeZone: "UTC" },
  { name: "saved_search.daily", pattern: "0 8 * * *", timeZone: "UTC" },
  // Hourly, off the hour: uploads nobody attached within a day.
  { name: "file.prune_orphans", pattern: "41 * * * *", timeZone: "UTC" },
  // Money: weeks to charge or release, calls to the provider left without an answer, and a
  // daily check that every stored balance is the sum of its ledger entries.
  { name: "timesheet.bill", pattern: "*/10 * * * *", timeZone: "UTC" },
  { name: "payment.reconcile", pattern: "*/5 * * * *", timeZone: "UTC" },
  { name: "ledger.verify", pattern: "23 4 * * *", timeZone: "UTC" },
];

/** The tick of `schedule` that follows `now`. */
export function nextTick(schedule: Schedule, now: Date): Date | null {
  return new Cron(schedule.pattern, { timezone: schedule.timeZone, paused: true }).nextRun(now);
}

/**
 * Makes sure the next tick of every schedule is enqueued, as a delayed job keyed by its tick:
 * any number of workers may call this at any time, and each tick still fires exactly once.
 */
export async function ensureScheduled(db: Database, list: Schedule[], now = new Date()) {
  for (const schedule of list) {
    const tick = nextTick(schedule, now);
    if (!tick) continue;
    await enqueueJob({ db }, schedule.name, {} as never, {
      runAt: tick,
      dedupeKey: `cron:${schedule.name}:${tick.toISOString()}`,
      maxAttempts: 3,
    });
  }
}
