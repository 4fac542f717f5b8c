import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { jobs } from "~/server/db/schema/jobs";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { startJobRunner, type JobEngine, type JobRunner } from "~/server/jobs/runner";
import { logger } from "~/server/observability/logger";
import { createEffectsTable, effectHandlers, effects } from "../../helpers/job-effects";
import { startRedis } from "../../helpers/redis-server";
import { createTestDatabase } from "../../helpers/test-db";
import { provenAdmin } from "./admin";

/**
 * The jobs console's pause and retry on both engines (BullMQ on a real redis-server), as in
 * tests/integration/jobs/engines.test.ts: a paused name's jobs are neither claimed nor relayed
 * until it is resumed, and a retried dead job runs again (on BullMQ: handed to Redis again).
 */
const { db } = await createTestDatabase();
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

async function rowOf(id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row!;
}

const reason = "checking the engines";

describe.each(["embedded", "bullmq"] as JobEngine[])("the %s engine", (engine) => {
  const runners: JobRunner[] = [];
  const start = () => {
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
      workerId: `${engine}-ops`,
    });
    runners.push(runner);
    return runner;
  };
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop(5_000)));
  });

  it("a paused name's waiting job is not claimed or relayed until it is resumed", async () => {
    const { api } = await provenAdmin(db);
    await api.ops.pauseJob({ name: "test.effect", reason });
    const runner = start();
    const held = await enqueueJob({ db }, "test.effect", { key: `${engine}:held` });
    // Many polls and a wake: nothing picks it up.
    runner.wake();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await rowOf(held!)).toMatchObject({ status: "waiting", attempts: 0, claimedBy: null });
    if (runner.queue) expect(await runner.queue.getJob(held!)).toBeUndefined();
    expect((await effects(db)).filter((row) => row.key === `${engine}:held`)).toHaveLength(0);

    await api.ops.resumeJob({ name: "test.effect", reason });
    await until(async () => (await rowOf(held!)).status === "done", "the resumed job");
    expect((await effects(db)).filter((row) => row.key === `${engine}:held`)).toHaveLength(1);
    if (runner.queue)
      expect(await (await runner.queue.getJob(held!))?.getState()).toBe("completed");
  });

  it("a dead job retried from the console runs again with fresh attempts", async () => {
    const { api } = await provenAdmin(db);
    const runner = start();
    const key = `${engine}:revived`;
    const id = await enqueueJob({ db }, "test.effect", { key, failTimes: 2 }, { maxAttempts: 2 });
    await until(async () => (await rowOf(id!)).status === "dead", "the job to die");
    expect(await rowOf(id!)).toMatchObject({ attempts: 2, lastError: "Error: planned failure 2" });
    if (runner.queue) expect(await (await runner.queue.getJob(id!))?.getState()).toBe("failed");

    await api.ops.retryJob({ id: id!, reason });
    await until(async () => (await rowOf(id!)).status === "done", "the retried job");
    expect(await rowOf(id!)).toMatchObject({ attempts: 1, lastError: null });
    expect((await effects(db)).filter((row) => row.key === key)).toHaveLength(1);
    // On BullMQ it went to Redis again: the failed run there was replaced by a completed one.
    if (runner.queue) expect(await (await runner.queue.getJob(id!))?.getState()).toBe("completed");
  });
});
