import "server-only";

import { Queue, Worker, type Job } from "bullmq";
import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { Redis } from "ioredis";

import { jobs } from "~/server/db/schema/jobs";
import type { JobName, JobRecord } from "~/server/domain/jobs/job-types";
import { retryDelayMs } from "./backoff";
import type { JobWorker, WorkerOptions } from "./embedded-engine";
import { errorText, runJob } from "./run-job";

/** One queue for every job; the job's name picks its handler. */
export const QUEUE_NAME = "jobs";
/** BullMQ's own key prefix (an ioredis `keyPrefix` would break its scripts). */
export const QUEUE_PREFIX = "guild";
const RELAY_BATCH = 200;

/** A connection BullMQ can block on: it must retry forever rather than fail a command. */
export function bullConnection(url: string) {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

interface Payload {
  /** The job's row in the `jobs` table. */
  rowId: string;
  payload: unknown;
  requestId: string | null;
  /** Absent on jobs relayed before tracing existed. */
  traceParent?: string | null;
}

export interface BullWorkerOptions extends WorkerOptions {
  redisUrl: string;
  /** Moves committed outbox rows to Redis; every process that enqueues or works may relay. */
  relay: boolean;
  /** Works jobs too (false: relay only). */
  work: boolean;
}

/**
 * The BullMQ engine. Jobs are still written to the `jobs` table in the change's transaction;
 * the relay claims committed rows (a lease, so a crash between hand-off and mark re-sends),
 * adds them to BullMQ under the row's id (BullMQ refuses a second job with the same id, so a
 * re-send duplicates nothing) and marks them `relayed`. Workers run the same handlers and
 * write the end (`done` or `dead`, with the last error) back to the row.
 */
export function startBullWorker(options: BullWorkerOptions): JobWorker & { queue: Queue } {
  const { db, handlers, log, concurrency, leaseMs, pollMs, backoffMs, workerId } = options;
  const connection = bullConnection(options.redisUrl);
  const queue = new Queue(QUEUE_NAME, { connection, prefix: QUEUE_PREFIX });
  let stopping = false;
  let relaying: Promise<void> | null = null;
  let relayAgain = false;
  let timer: NodeJS.Timeout | undefined;

  async function relayOnce(): Promise<number> {
    const now = Date.now();
    const free = or(isNull(jobs.leaseUntil), lt(jobs.leaseUntil, new Date(now)));
    // A paused name's jobs stay in the table until an admin resumes it.
    const notPaused = sql`${jobs.name} not in (select name from job_pauses)`;
    const candidates = await db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, "waiting"), free, notPaused))
      .orderBy(jobs.runAt)
      .limit(RELAY_BATCH);
    if (candidates.length === 0) return 0;
    const claimed = await db
      .update(jobs)
      .set({ leaseUntil: new Date(now + leaseMs), claimedBy: `relay:${workerId}` })
      .where(
        and(
          inArray(
            jobs.id,
            candidates.map((row) => row.id),
          ),
          eq(jobs.status, "waiting"),
          free,
          notPaused,
        ),
      )
      .returning();
    if (claimed.length === 0) return 0;
    // A dead job an admin retried (it has an error and is waiting again) may still have its
    // failed run in Redis under the same id, where BullMQ would take this hand-off for a
    // duplicate and drop it: clear that run first.
    await Promise.all(
      claimed
        .filter((row) => row.lastError !== null)
        .map(async (row) => {
          const leftover = await queue.getJob(row.id);
          if (leftover && (await leftover.getState()) === "failed") await leftover.remove();
        }),
    );
    await queue.addBulk(
      claimed.map((row) => ({
        name: row.name,
        data: {
          rowId: row.id,
          payload: row.payload,
          requestId: row.requestId,
          traceParent: row.traceParent,
        } satisfies Payload,
        opts: {
          jobId: row.id,
          delay: Math.max(0, row.runAt.getTime() - now),
          attempts: row.maxAttempts,
          backoff: { type: "guild" },
          removeOnComplete: { age: 7 * 24 * 3600 },
          removeOnFail: false,
        },
      })),
    );
    await db
      .update(jobs)
      .set({ status: "relayed", leaseUntil: null })
      .where(
        and(
          inArray(
            jobs.id,
            claimed.map((row) => row.id),
          ),
          eq(jobs.status, "waiting"),
        ),
      );
    return claimed.length;
  }

  function relay(): Promise<void> {
    if (!options.relay || stopping) return Promise.resolve();
    if (relaying) {
      relayAgain = true;
      return relaying;
    }
    relaying = (async () => {
      try {
        do {
          relayAgain = false;
          while ((await relayOnce()) === RELAY_BATCH && !stopping);
        } while (relayAgain && !stopping);
      } catch (error) {
        log.error({ err: error, workerId }, "relaying jobs to BullMQ failed; will try again");
      } finally {
        relaying = null;
      }
    })();
    return relaying;
  }

  function schedule() {
    if (stopping) return;
    timer = setTimeout(() => void relay().finally(schedule), pollMs);
    timer.unref();
  }

  async function finish(id: string, set: Partial<typeof jobs.$inferInsert>) {
    await db
      .update(jobs)
      .set(set)
      .where(and(eq(jobs.id, id), sql`${jobs.status} <> 'done'`));
  }

  let worker: Worker | undefined;
  if (options.work) {
    worker = new Worker(
      QUEUE_NAME,
      async (job: Job<Payload>) => {
        // Runs started, stalled ones included (as on the embedded engine, where a claim counts).
        const attempt = Math.max(job.attemptsStarted, job.attemptsMade + 1);
        const maxAttempts = job.opts.attempts ?? 1;
        const record: JobRecord = {
          id: job.data.rowId,
          name: job.name as JobName,
          payload: job.data.payload as JobRecord["payload"],
          attempts: attempt,
          maxAttempts,
          requestId: job.data.requestId,
          traceParent: job.data.traceParent ?? null,
        };
        try {
          // BullMQ gives up after `attempts` failures (stalls aside).
          await runJob(record, { db, handlers, log, final: job.attemptsMade + 1 >= maxAttempts });
        } catch (error) {
          await finish(record.id, { attempts: attempt, lastError: errorText(error) });
          throw error;
        }
        await finish(record.id, {
          status: "done",
          attempts: attempt,
          finishedAt: new Date(),
          lastError: null,
        });
      },
      {
        connection,
        prefix: QUEUE_PREFIX,
        concurrency,
        lockDuration: leaseMs,
        // A worker that died is noticed within a lease.
        stalledInterval: Math.min(30_000, leaseMs),
        maxStalledCount: 3,
        settings: {
          backoffStrategy: (attemptsMade: number) => retryDelayMs(attemptsMade, backoffMs),
        },
      },
    );
    worker.on("failed", (job, error) => {
      if (!job) return;
      const id = job.data.rowId;
      // "failed" is final once BullMQ will not try again: then the row is dead.
      void job
        .getState()
        .then((state) =>
          state === "failed"
            ? finish(id, { status: "dead", finishedAt: new Date(), lastError: errorText(error) })
            : undefined,
        )
        .catch((err: unknown) => log.error({ err, jobId: id }, "recording a dead job failed"));
    });
    worker.on("error", (error) => log.error({ err: error, workerId }, "BullMQ worker error"));
  }

  log.info(
    { workerId, concurrency, engine: "bullmq", relay: options.relay, work: options.work },
    "job worker started",
  );
  void relay().finally(schedule);

  return {
    queue,
    wake() {
      void relay();
    },
    async stop(timeoutMs) {
      stopping = true;
      clearTimeout(timer);
      const started = Date.now();
      const within = <T>(work: Promise<T>, ms: number) =>
        Promise.race([
          work.then(() => false),
          new Promise<boolean>((resolve) =>
            setTimeout(() => resolve(true), Math.max(0, ms)).unref(),
          ),
        ]);
      // A relay stuck on an unreachable Redis keeps its rows waiting: another process sends them.
      if (relaying) await within(relaying, timeoutMs);
      timeoutMs = Math.max(0, timeoutMs - (Date.now() - started));
      if (worker) {
        // Running jobs finish within the timeout; past it, closing by force leaves them to
        // BullMQ's stalled check, which gives them to another worker.
        if (await within(worker.close(), timeoutMs)) {
          log.warn({ workerId }, "jobs still running at shutdown are left to another worker");
          await within(worker.close(true), 1_000);
        }
      }
      await within(queue.close(), 1_000);
      connection.disconnect();
      log.info({ workerId }, "job worker stopped");
    },
  };
}
