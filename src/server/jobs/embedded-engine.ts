import "server-only";

import { and, eq, inArray, sql } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import type { JobName, JobRecord } from "~/server/domain/jobs/job-types";
import type { Logger } from "~/server/observability/logger";
import { retryDelayMs } from "./backoff";
import type { JobHandlers } from "./handler";
import { errorText, runJob } from "./run-job";

export interface WorkerOptions {
  db: Database;
  handlers: JobHandlers;
  log: Logger;
  /** Jobs run at once by this worker. */
  concurrency: number;
  leaseMs: number;
  pollMs: number;
  backoffMs: number;
  /** Names this worker in `claimed_by` and the logs. */
  workerId: string;
}

export interface JobWorker {
  /** Looks for due jobs now (a job was just enqueued). */
  wake(): void;
  /**
   * Stops claiming; lets running jobs finish within `timeoutMs`, then hands the rest back to
   * the queue for another worker.
   */
  stop(timeoutMs: number): Promise<void>;
}

type Row = typeof jobs.$inferSelect;

function recordOf(row: Row): JobRecord {
  return {
    id: row.id,
    name: row.name as JobName,
    payload: row.payload as JobRecord["payload"],
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    requestId: row.requestId,
    traceParent: row.traceParent,
  };
}

/**
 * Claims the next due job for `workerId` in one statement: the oldest due waiting job, or a
 * running one whose lease has passed (its worker died). The claim counts as an attempt. A name
 * an admin paused (`job_pauses`) is skipped until it is resumed.
 */
export async function claimJob(db: Database, workerId: string, leaseMs: number, now = Date.now()) {
  const [row] = await db
    .update(jobs)
    .set({
      status: "running",
      attempts: sql`${jobs.attempts} + 1`,
      leaseUntil: new Date(now + leaseMs),
      claimedBy: workerId,
    })
    .where(
      eq(
        jobs.id,
        sql`coalesce(
          (select id from jobs where status = 'waiting' and run_at <= ${now}
            and name not in (select name from job_pauses) order by run_at limit 1),
          (select id from jobs where status = 'running' and lease_until < ${now}
            and name not in (select name from job_pauses) limit 1)
        )`,
      ),
    )
    .returning();
  return row;
}

/** The claim still held: a worker whose lease passed and was re-claimed must not write. */
function held(row: Row) {
  return and(
    eq(jobs.id, row.id),
    eq(jobs.status, "running"),
    eq(jobs.attempts, row.attempts),
    eq(jobs.claimedBy, row.claimedBy ?? ""),
  );
}

type RunOptions = Pick<WorkerOptions, "db" | "handlers" | "log" | "leaseMs" | "backoffMs">;

/** Writes a claimed job's end: done, waiting for a retry after its backoff, or dead. */
async function settle(db: Database, row: Row, error: unknown, backoffMs: number) {
  const now = Date.now();
  if (error === undefined) {
    await db
      .update(jobs)
      .set({ status: "done", finishedAt: new Date(now), leaseUntil: null, lastError: null })
      .where(held(row));
    return;
  }
  const dead = row.attempts >= row.maxAttempts;
  await db
    .update(jobs)
    .set(
      dead
        ? {
            status: "dead",
            finishedAt: new Date(now),
            leaseUntil: null,
            lastError: errorText(error),
          }
        : {
            status: "waiting",
            runAt: new Date(now + retryDelayMs(row.attempts, backoffMs)),
            leaseUntil: null,
            claimedBy: null,
            lastError: errorText(error),
          },
    )
    .where(held(row));
}

/** Runs a claimed job, keeping its lease while it runs, and writes how it ended. */
export async function runClaimedJob(
  row: Row,
  { db, handlers, log, leaseMs, backoffMs }: RunOptions,
) {
  if (row.attempts > row.maxAttempts) {
    // Its workers kept dying before it finished: it has had every attempt it may.
    await settle(db, row, new Error("its worker stopped before it finished, too often"), backoffMs);
    return;
  }
  // A dead worker stops renewing and loses the lease; another worker takes the job then.
  const renew = setInterval(
    () => {
      db.update(jobs)
        .set({ leaseUntil: new Date(Date.now() + leaseMs) })
        .where(held(row))
        .catch((error: unknown) => log.warn({ err: error, jobId: row.id }, "lease renewal failed"));
    },
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  renew.unref();
  let failure: unknown = undefined;
  try {
    await runJob(recordOf(row), { db, handlers, log });
  } catch (error) {
    failure = error ?? new Error("job failed");
  } finally {
    clearInterval(renew);
  }
  await settle(db, row, failure, backoffMs);
}

export function startEmbeddedWorker(options: WorkerOptions): JobWorker {
  const { db, log, concurrency, leaseMs, pollMs, workerId } = options;
  const running = new Map<string, { row: Row; done: Promise<void> }>();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let filling = false;
  let again = false;

  /** Claims jobs while slots are free; then waits for a slot, a wake or the poll. */
  async function fill() {
    if (filling) {
      again = true;
      return;
    }
    filling = true;
    try {
      do {
        again = false;
        while (!stopping && running.size < concurrency) {
          const row = await claimJob(db, workerId, leaseMs);
          if (!row) break;
          const done = runClaimedJob(row, options)
            .catch((error: unknown) =>
              log.error({ err: error, jobId: row.id }, "job bookkeeping failed"),
            )
            .finally(() => {
              running.delete(row.id);
              if (!stopping) void fill();
            });
          running.set(row.id, { row, done });
        }
      } while (again && !stopping);
    } catch (error) {
      log.error({ err: error, workerId }, "claiming jobs failed; will try again");
    } finally {
      filling = false;
    }
  }

  function schedule() {
    if (stopping) return;
    timer = setTimeout(() => {
      void fill().finally(schedule);
    }, pollMs);
    timer.unref();
  }

  log.info({ workerId, concurrency, engine: "embedded" }, "job worker started");
  void fill().finally(schedule);

  return {
    wake() {
      if (!stopping) void fill();
    },
    async stop(timeoutMs) {
      stopping = true;
      clearTimeout(timer);
      const finished = Promise.all([...running.values()].map((entry) => entry.done));
      const timedOut = await Promise.race([
        finished.then(() => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
      ]);
      if (timedOut && running.size > 0) {
        // Hand unfinished jobs back: not an attempt they used up.
        const rows = [...running.values()].map((entry) => entry.row);
        await db
          .update(jobs)
          .set({
            status: "waiting",
            attempts: sql`${jobs.attempts} - 1`,
            leaseUntil: null,
            claimedBy: null,
          })
          .where(
            and(
              inArray(
                jobs.id,
                rows.map((row) => row.id),
              ),
              eq(jobs.status, "running"),
              eq(jobs.claimedBy, workerId),
            ),
          );
        log.warn(
          { workerId, returned: rows.map((row) => row.id) },
          "jobs returned to the queue at shutdown",
        );
      }
      log.info({ workerId }, "job worker stopped");
    },
  };
}
