import "server-only";

import { and, count, eq, gt, lte, min } from "drizzle-orm";
import type { Queue } from "bullmq";
import { Redis } from "ioredis";
import { hostname } from "node:os";

import { env } from "~/env";
import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { onEnqueue } from "~/server/domain/jobs/enqueue-job";
import type { Logger } from "~/server/observability/logger";
import { setJobFiguresSource, type JobFigures } from "~/server/observability/metrics";
import { startBullWorker } from "./bullmq-engine";
import { startEmbeddedWorker, type JobWorker } from "./embedded-engine";
import type { JobHandlers } from "./handler";
import { jobHandlers } from "./handlers";
import { ensureScheduled, schedules as allSchedules, type Schedule } from "./schedules";

export type JobEngine = "embedded" | "bullmq";

/** The engine the environment asks for: BullMQ when Redis is configured, else the database. */
export function configuredEngine(): JobEngine {
  return env.JOBS_DRIVER ?? (env.REDIS_URL ? "bullmq" : "embedded");
}

export interface JobRunner extends JobWorker {
  engine: JobEngine;
  workerId: string;
  /** The BullMQ queue, on that engine (dead-job retries use it). */
  queue?: Queue;
}

export interface RunnerOptions {
  db: Database;
  log: Logger;
  engine?: JobEngine;
  /** Works jobs (false: a BullMQ web process that only relays its outbox). */
  work?: boolean;
  handlers?: JobHandlers;
  schedules?: Schedule[];
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  backoffMs?: number;
  redisUrl?: string;
  workerId?: string;
  /** How often the next tick of every schedule is made sure of (tests use ticks of a second). */
  scheduleEveryMs?: number;
}

const SCHEDULE_EVERY_MS = 10_000;

/**
 * Starts this process's part of the job engine: a worker (embedded or BullMQ), the relay on
 * BullMQ, and the schedules. Jobs enqueued here wake it at once; otherwise it polls.
 */
export function startJobRunner(options: RunnerOptions): JobRunner {
  const engine = options.engine ?? configuredEngine();
  const handlers = options.handlers ?? jobHandlers;
  const work = options.work ?? true;
  const workerId =
    options.workerId ?? `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  const common = {
    db: options.db,
    handlers,
    log: options.log,
    concurrency: options.concurrency ?? env.JOBS_CONCURRENCY,
    leaseMs: options.leaseMs ?? env.JOBS_LEASE_MS,
    pollMs: options.pollMs ?? env.JOBS_POLL_MS,
    backoffMs: options.backoffMs ?? env.JOBS_BACKOFF_MS,
    workerId,
  };
  let worker: JobWorker & { queue?: Queue };
  if (engine === "bullmq") {
    const redisUrl = options.redisUrl ?? env.REDIS_URL;
    if (!redisUrl) throw new Error("JOBS_DRIVER=bullmq needs REDIS_URL");
    worker = startBullWorker({ ...common, redisUrl, relay: true, work });
  } else {
    if (!work) throw new Error("the embedded job engine works its jobs in the server process");
    worker = startEmbeddedWorker(common);
  }

  // Only schedules this build can run; every process keeps the next tick of each enqueued.
  const schedules = (options.schedules ?? allSchedules).filter(
    (schedule) => handlers[schedule.name],
  );
  const keepScheduled = () =>
    ensureScheduled(options.db, schedules).catch((error: unknown) =>
      options.log.warn({ err: error }, "scheduling recurring jobs failed; will try again"),
    );
  void keepScheduled();
  const scheduleTimer = setInterval(
    () => void keepScheduled(),
    options.scheduleEveryMs ?? SCHEDULE_EVERY_MS,
  );
  scheduleTimer.unref();

  const stopListening = onEnqueue(() => worker.wake());
  setJobFiguresSource(() =>
    engine === "bullmq" && worker.queue ? bullFigures(worker.queue) : tableFigures(options.db),
  );

  return {
    engine,
    workerId,
    queue: worker.queue,
    wake: () => worker.wake(),
    async stop(timeoutMs) {
      clearInterval(scheduleTimer);
      stopListening();
      await worker.stop(timeoutMs);
    },
  };
}

/** Queue figures of the embedded engine, from the table. */
export async function tableFigures(db: Database, now = new Date()): Promise<JobFigures> {
  const [due] = await db
    .select({ count: count(), oldest: min(jobs.runAt) })
    .from(jobs)
    .where(and(eq(jobs.status, "waiting"), lte(jobs.runAt, now)));
  const [delayed] = await db
    .select({ count: count() })
    .from(jobs)
    .where(and(eq(jobs.status, "waiting"), gt(jobs.runAt, now)));
  const [dead] = await db.select({ count: count() }).from(jobs).where(eq(jobs.status, "dead"));
  return {
    due: due?.count ?? 0,
    delayed: delayed?.count ?? 0,
    dead: dead?.count ?? 0,
    oldestDueAgeSeconds: due?.oldest
      ? Math.max(0, (now.getTime() - due.oldest.getTime()) / 1000)
      : 0,
  };
}

async function bullFigures(queue: Queue): Promise<JobFigures> {
  const counts = await queue.getJobCounts("wait", "prioritized", "delayed", "failed");
  const [oldest] = await queue.getWaiting(0, 0);
  return {
    due: (counts.wait ?? 0) + (counts.prioritized ?? 0),
    delayed: counts.delayed ?? 0,
    dead: counts.failed ?? 0,
    oldestDueAgeSeconds: oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0,
  };
}

let probe: Redis | undefined;

/** For readiness: the engine, and on BullMQ whether Redis answers. */
export async function checkJobEngine(): Promise<{
  engine: JobEngine;
  ok: boolean;
  reason?: string;
}> {
  const engine = configuredEngine();
  if (engine === "embedded") return { engine, ok: true };
  if (!env.REDIS_URL) return { engine, ok: false, reason: "JOBS_DRIVER=bullmq needs REDIS_URL" };
  probe ??= new Redis(env.REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
  });
  try {
    await probe.ping();
    return { engine, ok: true };
  } catch (error) {
    return {
      engine,
      ok: false,
      reason: `Redis for jobs unreachable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
