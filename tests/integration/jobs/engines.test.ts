import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { jobs } from "~/server/db/schema/jobs";
import { withTransaction } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { listDeadJobs, retryDeadJob } from "~/server/jobs/dead-jobs";
import { startJobRunner, type JobEngine, type JobRunner } from "~/server/jobs/runner";
import { logger } from "~/server/observability/logger";
import { createEffectsTable, effectHandlers, effects } from "../../helpers/job-effects";
import { startRedis } from "../../helpers/redis-server";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * The same rules on both engines: the embedded one (jobs worked from the database) and BullMQ
 * on a real redis-server. Effects are counted by a handler that is not idempotent on purpose.
 */
const { db, file } = await createTestDatabase();
let redis: Awaited<ReturnType<typeof startRedis>>;

beforeAll(async () => {
  await createEffectsTable(db);
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function statusOf(id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row!;
}

describe.each(["embedded", "bullmq"] as JobEngine[])("the %s engine", (engine) => {
  const runners: JobRunner[] = [];
  const start = (overrides: Partial<Parameters<typeof startJobRunner>[0]> = {}) => {
    const runner = startJobRunner({
      db,
      log: logger,
      engine,
      redisUrl: redis.url,
      handlers: effectHandlers(),
      schedules: [],
      concurrency: 2,
      leaseMs: 1_000,
      pollMs: 50,
      backoffMs: 10,
      ...overrides,
    });
    runners.push(runner);
    return runner;
  };
  const stopAll = async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop(5_000)));
  };
  afterEach(stopAll);
  const prefix = `${engine}:`;

  it("1,000 jobs and 4 concurrent workers give exactly 1,000 effects", async () => {
    for (let batch = 0; batch < 10; batch++) {
      await withTransaction({ db, actor: null }, async (tx) => {
        for (let i = 0; i < 100; i++)
          await enqueueJob(tx, "test.effect", { key: `${prefix}many:${batch * 100 + i}` });
      });
    }
    for (let i = 0; i < 4; i++) start({ workerId: `${engine}-${i}` });
    const done = async () =>
      (await effects(db)).filter((row) => row.key?.startsWith(`${prefix}many:`)).length;
    await until(async () => (await done()) >= 1_000, "1,000 effects", 120_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const rows = (await effects(db)).filter((row) => row.key?.startsWith(`${prefix}many:`));
    expect(rows).toHaveLength(1_000);
    expect(new Set(rows.map((row) => row.key)).size).toBe(1_000);
    await until(async () => {
      const [left] = await db.all<{ n: number }>(
        sql`select count(*) as n from jobs where payload ->> 'key' like ${`${prefix}many:%`} and status <> 'done'`,
      );
      return left?.n === 0;
    }, "every job marked done");
    await stopAll();
  });

  it("a transaction that rolls back enqueues nothing; one that commits always has its job", async () => {
    const key = `${prefix}rollback`;
    await expect(
      withTransaction({ db, actor: null }, async (tx) => {
        await enqueueJob(tx, "test.effect", { key });
        throw new Error("the change fails");
      }),
    ).rejects.toThrow("the change fails");
    const [rolledBack] = await db.all<{ n: number }>(
      sql`select count(*) as n from jobs where payload ->> 'key' = ${key}`,
    );
    expect(rolledBack?.n).toBe(0);

    start();
    const id = await withTransaction({ db, actor: null }, (tx) =>
      enqueueJob(tx, "test.effect", { key: `${key}:committed` }),
    );
    await until(async () => (await statusOf(id!)).status === "done", "the committed job");
    expect((await effects(db)).filter((row) => row.key?.startsWith(key))).toHaveLength(1);
    await stopAll();
  });

  it("the same dedupe key twice gives one job; a delayed job waits for its time", async () => {
    start();
    const key = `${prefix}dedupe`;
    const first = await enqueueJob({ db }, "test.effect", { key }, { dedupeKey: key });
    const second = await enqueueJob({ db }, "test.effect", { key }, { dedupeKey: key });
    expect(first).not.toBeNull();
    expect(second).toBeNull();

    const later = await enqueueJob(
      { db },
      "test.effect",
      { key: `${prefix}delayed` },
      { runAt: new Date(Date.now() + 1_500) },
    );
    await until(async () => (await statusOf(first!)).status === "done", "the deduplicated job");
    expect((await statusOf(later!)).status).not.toBe("done");
    expect((await effects(db)).filter((row) => row.key === `${prefix}delayed`)).toHaveLength(0);
    await until(async () => (await statusOf(later!)).status === "done", "the delayed job");
    expect((await effects(db)).filter((row) => row.key === key)).toHaveLength(1);
    await stopAll();
  });

  it("retries with backoff, then is dead with its last error; a dead job can be retried", async () => {
    start();
    const flaky = await enqueueJob({ db }, "test.effect", { key: `${prefix}flaky`, failTimes: 2 });
    const doomed = await enqueueJob(
      { db },
      "test.effect",
      { key: `${prefix}doomed`, failTimes: 4 },
      { maxAttempts: 3 },
    );
    await until(async () => (await statusOf(flaky!)).status === "done", "the flaky job");
    expect(await statusOf(flaky!)).toMatchObject({ attempts: 3, lastError: null });

    await until(async () => (await statusOf(doomed!)).status === "dead", "the doomed job to die");
    expect(await statusOf(doomed!)).toMatchObject({
      attempts: 3,
      lastError: "Error: planned failure 3",
    });
    expect((await listDeadJobs(db)).map((job) => job.id)).toContain(doomed);
    expect((await effects(db)).filter((row) => row.key === `${prefix}doomed`)).toHaveLength(0);

    // A retry gives it three fresh attempts: the 4th run fails, the 5th succeeds.
    expect(await retryDeadJob(db, doomed!)).toBe(true);
    expect(await retryDeadJob(db, doomed!)).toBe(false);
    await until(async () => (await statusOf(doomed!)).status === "done", "the retried job");
    expect(await statusOf(doomed!)).toMatchObject({ attempts: 2, lastError: null });
    expect((await effects(db)).filter((row) => row.key === `${prefix}doomed`)).toHaveLength(1);
    await stopAll();
  });

  it("a cron tick fires once with 2 workers", async () => {
    const schedules = [{ name: "test.effect" as const, pattern: "* * * * * *", timeZone: "UTC" }];
    const since = Date.now();
    start({ schedules, scheduleEveryMs: 100, workerId: `${engine}-cron-a` });
    start({ schedules, scheduleEveryMs: 100, workerId: `${engine}-cron-b` });
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    await stopAll();
    const ticks = await db.all<{ dedupe_key: string; status: string; runs: number }>(sql`
      select jobs.dedupe_key, jobs.status, count(test_effects.id) as runs
      from jobs left join test_effects on test_effects.job_id = jobs.id and test_effects.phase = 'done'
      where jobs.dedupe_key like 'cron:test.effect:%' and jobs.created_at >= ${since}
      group by jobs.id`);
    const fired = ticks.filter((tick) => tick.status === "done");
    expect(fired.length).toBeGreaterThanOrEqual(2);
    for (const tick of fired) expect(tick.runs).toBe(1);
    expect(new Set(ticks.map((tick) => tick.dedupe_key)).size).toBe(ticks.length);
    await db.run(sql`delete from jobs where dedupe_key like 'cron:test.effect:%'`);
  });

  it("a worker killed with SIGKILL mid-job leaves a job another worker completes once", async () => {
    const key = `${prefix}killed`;
    const id = await enqueueJob({ db }, "test.effect", { key, sleepMs: 60_000 });
    // Node itself with tsx's loader (the tsx CLI would run it in a grandchild SIGKILL misses).
    const child = spawn(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "tests/fixtures/job-worker.ts",
        file,
        engine,
        redis.url,
      ],
      { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LOG_LEVEL: "silent" } },
    );
    const exited = new Promise((resolve) => child.once("exit", resolve));
    await new Promise<void>((resolve) => {
      createInterface({ input: child.stdout! }).on("line", (line) => {
        if (line === "ready") resolve();
      });
    });
    await until(
      async () => (await effects(db, "started")).some((row) => row.key === key),
      "the doomed worker to start the job",
    );
    child.kill("SIGKILL");
    await exited;
    expect((await statusOf(id!)).status).not.toBe("done");

    start({ workerId: `${engine}-survivor` });
    await until(async () => (await statusOf(id!)).status === "done", "another worker to finish it");
    expect((await effects(db)).filter((row) => row.key === key)).toEqual([
      expect.objectContaining({ attempt: 2 }),
    ]);
    await stopAll();
  });

  it("at shutdown a running job finishes within the timeout", async () => {
    const runner = start();
    const key = `${prefix}graceful`;
    const id = await enqueueJob({ db }, "test.effect", { key, sleepMs: 400 });
    await until(
      async () => (await effects(db, "started")).some((row) => row.key === key),
      "the job to start",
    );
    await runner.stop(5_000);
    runners.splice(runners.indexOf(runner), 1);
    expect((await statusOf(id!)).status).toBe("done");
    expect((await effects(db)).filter((row) => row.key === key)).toHaveLength(1);
  });
});

describe("the embedded engine at shutdown", () => {
  it("hands a job that outlasts the timeout back to the queue, for another worker", async () => {
    const options = {
      db,
      log: logger,
      engine: "embedded" as const,
      handlers: effectHandlers(),
      schedules: [],
      concurrency: 1,
      leaseMs: 60_000,
      pollMs: 50,
      backoffMs: 10,
    };
    const runner = startJobRunner({ ...options, workerId: "leaving" });
    const key = "embedded:handed-back";
    const id = await enqueueJob({ db }, "test.effect", { key, sleepMs: 5_000 });
    await until(
      async () => (await effects(db, "started")).some((row) => row.key === key),
      "the job to start",
    );
    await runner.stop(100);
    expect(await statusOf(id!)).toMatchObject({ status: "waiting", attempts: 0, claimedBy: null });

    const next = startJobRunner({ ...options, workerId: "staying" });
    await until(async () => (await statusOf(id!)).status === "done", "the next worker");
    await next.stop(5_000);
    expect(await statusOf(id!)).toMatchObject({ attempts: 1, claimedBy: "staying" });
  });
});
