import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { jobPauses } from "~/server/db/schema/trust";
import { claimJob } from "~/server/jobs/embedded-engine";
import { actorOf, callerFor } from "../../helpers/caller";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { auditOf, provenAdmin } from "./admin";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function job(name: string, values: Partial<typeof jobs.$inferInsert> = {}) {
  const id = crypto.randomUUID();
  await db.insert(jobs).values({
    id,
    name,
    payload: {},
    runAt: new Date(Date.now() - 1_000),
    maxAttempts: 3,
    ...values,
  });
  return id;
}
const dead = (name: string, error = "Error: the mail server said no") =>
  job(name, { status: "dead", attempts: 3, lastError: error, finishedAt: new Date() });

async function rowOf(id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

async function code(promise: Promise<unknown>) {
  return promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );
}

describe("the jobs console", () => {
  it("counts waiting, running and dead jobs by name and lists the dead with their last error", async () => {
    const { api } = await provenAdmin(db);
    await job("console.a");
    await job("console.a");
    await job("console.a", { status: "running", attempts: 1, claimedBy: "w" });
    await job("console.a", { status: "done" });
    const deadId = await dead("console.a", "Error: boom");
    await job("console.b", { status: "relayed" });
    await db.insert(jobPauses).values({ name: "console.c", reason: "upstream is down" });

    const listed = await api.ops.jobs();
    const byName = Object.fromEntries(listed.names.map((entry) => [entry.name, entry]));
    expect(byName["console.a"]).toMatchObject({
      waiting: 2,
      running: 1,
      dead: 1,
      relayed: 0,
      paused: null,
    });
    expect(byName["console.b"]).toMatchObject({ waiting: 0, relayed: 1 });
    expect(byName["console.c"]).toMatchObject({
      waiting: 0,
      paused: { reason: "upstream is down" },
    });
    expect(listed.dead).toContainEqual(
      expect.objectContaining({
        id: deadId,
        name: "console.a",
        attempts: 3,
        lastError: "Error: boom",
      }),
    );
  });

  it("retry puts a dead job back in line now with its attempts reset, with one audit event", async () => {
    const { api, user } = await provenAdmin(db);
    const id = await dead("retry.me");
    const before = (await auditOf(db, "job.retried")).length;
    await api.ops.retryJob({ id, reason: "the mail server is back" });
    const row = await rowOf(id);
    expect(row).toMatchObject({
      status: "waiting",
      attempts: 0,
      finishedAt: null,
      claimedBy: null,
    });
    expect(row!.runAt.getTime()).toBeLessThanOrEqual(Date.now());
    // Nothing else is dead with that id any more: a second retry finds nothing, and records nothing.
    expect(await code(api.ops.retryJob({ id, reason: "again" }))).toBe("NOT_FOUND");
    const events = await auditOf(db, "job.retried");
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actorId: user.id,
      targetType: "job",
      targetId: id,
      detail: expect.objectContaining({ name: "retry.me", reason: "the mail server is back" }),
    });
    // Only a dead job: a waiting or running one is not retried.
    const waiting = await job("retry.me");
    expect(await code(api.ops.retryJob({ id: waiting, reason: "not dead" }))).toBe("NOT_FOUND");
  });

  it("discard removes a dead job and the audit event keeps what it was", async () => {
    const { api } = await provenAdmin(db);
    const id = await dead("discard.me", "Error: no such person");
    const before = (await auditOf(db, "job.discarded")).length;
    await api.ops.discardJob({ id, reason: "the person left" });
    expect(await rowOf(id)).toBeUndefined();
    expect(await code(api.ops.discardJob({ id, reason: "again" }))).toBe("NOT_FOUND");
    const waiting = await job("discard.me");
    expect(await code(api.ops.discardJob({ id: waiting, reason: "not dead" }))).toBe("NOT_FOUND");
    expect(await rowOf(waiting)).toBeDefined();
    const events = await auditOf(db, "job.discarded");
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.detail).toMatchObject({
      name: "discard.me",
      reason: "the person left",
      attempts: 3,
      lastError: "Error: no such person",
    });
  });

  it("pause and resume a name, one audit event each; the embedded engine skips a paused name", async () => {
    const { api } = await provenAdmin(db);
    await db.delete(jobs).where(eq(jobs.status, "waiting"));
    const held = await job("pause.me");
    const pausedBefore = (await auditOf(db, "job.paused")).length;
    const resumedBefore = (await auditOf(db, "job.resumed")).length;

    await api.ops.pauseJob({ name: "pause.me", reason: "the provider is down" });
    expect(await code(api.ops.pauseJob({ name: "pause.me", reason: "twice" }))).toBe("CONFLICT");
    expect(await claimJob(db, "test-worker", 60_000)).toBeUndefined();
    const other = await job("not.paused");
    expect((await claimJob(db, "test-worker", 60_000))?.id).toBe(other);

    await api.ops.resumeJob({ name: "pause.me", reason: "the provider is back" });
    expect(await code(api.ops.resumeJob({ name: "pause.me", reason: "twice" }))).toBe("CONFLICT");
    expect((await claimJob(db, "test-worker", 60_000))?.id).toBe(held);

    expect(await auditOf(db, "job.paused")).toHaveLength(pausedBefore + 1);
    const resumed = await auditOf(db, "job.resumed");
    expect(resumed).toHaveLength(resumedBefore + 1);
    expect(resumed.at(-1)).toMatchObject({
      targetType: "job_name",
      targetId: "pause.me",
      detail: expect.objectContaining({ reason: "the provider is back" }),
    });
  });

  it("every action needs a reason", async () => {
    const { api } = await provenAdmin(db);
    const id = await dead("reasonless");
    expect(await code(api.ops.retryJob({ id, reason: "  " }))).toBe("BAD_REQUEST");
    expect(await code(api.ops.pauseJob({ name: "reasonless", reason: "" }))).toBe("BAD_REQUEST");
    expect((await rowOf(id))?.status).toBe("dead");
  });
});

describe("who may use the jobs console and the overview", () => {
  it("refuses anyone but an admin whose session proved a second factor, and changes nothing", async () => {
    const id = await dead("guarded");
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const noTwoFactor = await createUser(db, "admin", { emailVerified: new Date() });
    const unprovenUser = await createUser(db, "admin", {
      emailVerified: new Date(),
      twoFactorEnabledAt: new Date(),
    });
    const callers = {
      anonymous: [callerFor(db), "UNAUTHORIZED"],
      client: [client.api, "FORBIDDEN"],
      freelancer: [freelancer.api, "FORBIDDEN"],
      adminWithout2fa: [callerFor(db, actorOf(noTwoFactor)), "FORBIDDEN"],
      adminUnproven: [callerFor(db, actorOf(unprovenUser)), "FORBIDDEN"],
    } as const;
    const reason = "not allowed";
    for (const [who, [api, expected]] of Object.entries(callers)) {
      const answers = {
        overview: await code(api.ops.overview({ period: "7d" })),
        jobs: await code(api.ops.jobs()),
        retryJob: await code(api.ops.retryJob({ id, reason })),
        discardJob: await code(api.ops.discardJob({ id, reason })),
        pauseJob: await code(api.ops.pauseJob({ name: "guarded", reason })),
        resumeJob: await code(api.ops.resumeJob({ name: "guarded", reason })),
      };
      for (const [procedure, answer] of Object.entries(answers))
        expect(`${who} ${procedure}: ${answer}`).toBe(`${who} ${procedure}: ${expected}`);
    }
    expect((await rowOf(id))?.status).toBe("dead");
    expect(await db.select().from(jobPauses).where(eq(jobPauses.name, "guarded"))).toHaveLength(0);
  });
});
