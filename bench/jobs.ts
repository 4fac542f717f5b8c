import { execFileSync } from "node:child_process";
import { setMaxListeners } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Queue, Worker } from "bullmq";
import { sql } from "drizzle-orm";

import { createCaller } from "~/server/api/root";
import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { users } from "~/server/db/schema/users";
import type { PersonActor } from "~/server/domain/actor";
import { withTransaction } from "~/server/domain/context";
import { appendStreamEvent } from "~/server/domain/events/append-stream-event";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { bullConnection } from "~/server/jobs/bullmq-engine";
import { startJobRunner, type JobEngine } from "~/server/jobs/runner";
import { logger } from "~/server/observability/logger";
import { startRedis } from "../tests/helpers/redis-server";

const JOBS = 2_000;
const silent = logger.child({});
silent.level = "silent";

function rate(label: string, count: number, ms: number) {
  const perSecond = (count / ms) * 1000;
  console.log(
    `  ${label.padEnd(52)} ${perSecond.toFixed(0).padStart(7)} /s  (${count} in ${ms.toFixed(0)} ms)`,
  );
  return perSecond;
}

async function until(check: () => Promise<boolean>) {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Jobs through our engine, enqueued 100 to a transaction, worked with an empty handler. */
async function ourJobsPerSecond(db: Database, engine: JobEngine, redisUrl?: string) {
  await db.run(sql`delete from jobs`);
  const started = performance.now();
  for (let batch = 0; batch < JOBS / 100; batch++) {
    await withTransaction({ db, actor: null }, async (tx) => {
      for (let i = 0; i < 100; i++) await enqueueJob(tx, "test.effect", {});
    });
  }
  const runner = startJobRunner({
    db,
    log: silent,
    engine,
    redisUrl,
    handlers: { "test.effect": async () => {} },
    schedules: [],
    concurrency: 4,
    pollMs: 20,
  });
  await until(async () => {
    const [row] = await db.all<{ n: number }>(
      sql`select count(*) as n from jobs where status = 'done'`,
    );
    return row!.n >= JOBS;
  });
  const ms = performance.now() - started;
  await runner.stop(5_000);
  return ms;
}

/**
 * `npm run bench` (jobs): jobs per second on each engine against a same-run baseline: a bare
 * insert-and-delete loop on the same database for the embedded engine; BullMQ's own
 * add-and-process loop with an empty handler for BullMQ. Then event delivery latency, from
 * commit to a subscriber, with 1 and with 1,000 open streams.
 */
export async function benchJobs() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-jobs-"));
  const db = await openDatabase({ url: `file:${path.join(dir, "jobs.db")}` });
  try {
    await applyMigrations(db, "drizzle");
    console.log(`jobs: ${JOBS} jobs, empty handler, 4 at a time`);

    await db.run(sql`create table bare (id text primary key, payload text)`);
    const bareStarted = performance.now();
    for (let i = 0; i < JOBS; i++) {
      const id = crypto.randomUUID();
      await db.run(sql`insert into bare (id, payload) values (${id}, '{}')`);
      await db.run(sql`delete from bare where id = ${id}`);
    }
    const bare = rate(
      "baseline: bare insert + delete per job",
      JOBS,
      performance.now() - bareStarted,
    );
    const embedded = rate(
      "embedded engine: enqueue, claim, run, mark done",
      JOBS,
      await ourJobsPerSecond(db, "embedded"),
    );
    console.log(`  ratio embedded / bare loop: ${(embedded / bare).toFixed(2)}`);

    let redis: Awaited<ReturnType<typeof startRedis>> | null = null;
    try {
      execFileSync("redis-server", ["--version"], { stdio: "ignore" });
      redis = await startRedis();
    } catch {
      console.log("  (redis-server is not installed: BullMQ figures skipped)");
    }
    if (redis) {
      const connection = bullConnection(redis.url);
      const queue = new Queue("bench-bare", { connection, prefix: "bench" });
      let done = 0;
      const worker = new Worker("bench-bare", async () => void done++, {
        connection,
        prefix: "bench",
        concurrency: 4,
      });
      const bullStarted = performance.now();
      for (let batch = 0; batch < JOBS / 100; batch++)
        await queue.addBulk(Array.from({ length: 100 }, () => ({ name: "noop", data: {} })));
      await until(async () => done >= JOBS);
      const bullBare = rate(
        "baseline: BullMQ add + process, empty handler",
        JOBS,
        performance.now() - bullStarted,
      );
      await worker.close();
      await queue.close();
      connection.disconnect();
      const ours = rate(
        "bullmq engine: outbox, relay, process, mark done",
        JOBS,
        await ourJobsPerSecond(db, "bullmq", redis.url),
      );
      console.log(`  ratio bullmq engine / bare BullMQ: ${(ours / bullBare).toFixed(2)}`);
      await redis.stop();
    }

    await benchDelivery(db);
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Commit to subscriber: `samples` events to people whose streams are open among `open`. */
async function delivery(db: Database, people: PersonActor[], samples: number) {
  const latencies: number[] = [];
  const waiting = new Map<string, (at: number) => void>();
  const controller = new AbortController();
  // One signal for every stream here (each request has its own in the server).
  setMaxListeners(0, controller.signal);
  const streams = people.map(async (person) => {
    const caller = createCaller(
      {
        db,
        actor: person,
        request: { ip: null, userAgent: null, requestId: "bench", origin: null },
        log: silent,
      },
      { signal: controller.signal },
    );
    const iterable = (await caller.events.stream({})) as AsyncIterable<unknown>;
    for await (const _ of iterable) waiting.get(person.id)?.(performance.now());
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let i = 0; i < samples; i++) {
    const person = people[i % people.length]!;
    const arrived = new Promise<number>((resolve) => waiting.set(person.id, resolve));
    await withTransaction({ db, actor: null }, (tx) =>
      appendStreamEvent(tx, person.id, "unread", { unread: i }),
    );
    const committed = performance.now();
    latencies.push((await arrived) - committed);
    waiting.delete(person.id);
  }
  controller.abort();
  await Promise.allSettled(streams);
  latencies.sort((a, b) => a - b);
  return {
    p50: latencies[Math.floor(latencies.length / 2)]!,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!,
  };
}

async function benchDelivery(db: Database) {
  const rows = Array.from({ length: 1_000 }, (_, i) => ({
    id: crypto.randomUUID(),
    name: `Streamer ${i}`,
    email: `streamer${i}@bench.test`,
    role: "freelancer" as const,
  }));
  await db.insert(users).values(rows);
  const people: PersonActor[] = rows.map((row) => ({
    kind: "person",
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: "active",
    emailVerified: true,
    twoFactorEnabled: false,
    sessionId: null,
    secondFactorVerified: false,
  }));
  console.log("event delivery: commit to subscriber, 300 events");
  const one = await delivery(db, people.slice(0, 1), 300);
  console.log(
    `  baseline: 1 open stream       p50 ${one.p50.toFixed(2)} ms   p99 ${one.p99.toFixed(2)} ms`,
  );
  const many = await delivery(db, people, 300);
  console.log(
    `  1,000 open streams            p50 ${many.p50.toFixed(2)} ms   p99 ${many.p99.toFixed(2)} ms`,
  );
  console.log(`  ratio p99 1,000 / 1: ${(many.p99 / one.p99).toFixed(2)}`);
}
