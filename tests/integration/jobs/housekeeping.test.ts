import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { emailTokens, userSessions } from "~/server/db/schema/auth";
import { idempotencyKeys } from "~/server/db/schema/idempotency";
import { jobs } from "~/server/db/schema/jobs";
import { notifications, streamEvents } from "~/server/db/schema/notifications";
import { pruneExpired, RETENTION } from "~/server/jobs/housekeeping";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

const { db } = await createTestDatabase();
const DAY = 86_400_000;

describe("housekeeping", () => {
  it("removes only what has expired, says how much, and removes nothing the second time", async () => {
    const now = new Date("2031-06-01T03:17:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const user = await createUser(db, "freelancer");
    const session = (id: string, expiresAt: Date, revokedAt: Date | null = null) => ({
      id,
      userId: user.id,
      lastSeenAt: ago(40 * DAY),
      expiresAt,
      revokedAt,
      createdAt: ago(60 * DAY),
    });
    await db
      .insert(userSessions)
      .values([
        session("expired-long-ago", ago(RETENTION.endedSessionsMs + DAY)),
        session(
          "revoked-long-ago",
          new Date(now.getTime() + DAY),
          ago(RETENTION.endedSessionsMs + DAY),
        ),
        session("live", new Date(now.getTime() + DAY)),
        session("revoked-yesterday", new Date(now.getTime() + DAY), ago(DAY)),
      ]);
    const link = (tokenHash: string, expiresAt: Date, usedAt: Date | null = null) => ({
      tokenHash,
      userId: user.id,
      purpose: "verify_email" as const,
      email: user.email,
      expiresAt,
      usedAt,
      createdAt: ago(20 * DAY),
    });
    await db
      .insert(emailTokens)
      .values([
        link("old-expired", ago(RETENTION.emailLinksMs + DAY)),
        link("old-used", new Date(now.getTime() + DAY), ago(RETENTION.emailLinksMs + DAY)),
        link("fresh", new Date(now.getTime() + DAY)),
      ]);
    const note = (eventKey: string, readAt: Date | null) => ({
      userId: user.id,
      kind: "proposal.received" as const,
      eventKey,
      title: "A notification",
      href: "/dashboard",
      readAt,
      createdAt: ago(200 * DAY),
    });
    await db
      .insert(notifications)
      .values([
        note("read-long-ago", ago(RETENTION.readNotificationsMs + DAY)),
        note("read-recently", ago(DAY)),
        note("unread-old", null),
      ]);
    const job = (id: string, status: "done" | "dead" | "waiting", finishedAt: Date | null) => ({
      id,
      name: "housekeeping.prune",
      payload: {},
      status,
      runAt: ago(60 * DAY),
      maxAttempts: 3,
      createdAt: ago(60 * DAY),
      finishedAt,
    });
    await db
      .insert(jobs)
      .values([
        job("done-old", "done", ago(RETENTION.doneJobsMs + DAY)),
        job("done-new", "done", ago(DAY)),
        job("dead-old", "dead", ago(RETENTION.deadJobsMs + DAY)),
        job("dead-new", "dead", ago(RETENTION.doneJobsMs + DAY)),
        job("waiting-old", "waiting", null),
      ]);
    await db.insert(streamEvents).values([
      { userId: user.id, type: "unread", data: { unread: 1 }, createdAt: ago(2 * DAY) },
      { userId: user.id, type: "unread", data: { unread: 2 }, createdAt: ago(60_000) },
    ]);

    const answer = (key: string, expiresAt: Date) => ({
      scope: user.id,
      key,
      fingerprint: "f",
      state: "done" as const,
      status: 200,
      body: "{}",
      createdAt: ago(2 * DAY),
      expiresAt,
    });
    await db
      .insert(idempotencyKeys)
      .values([answer("expired", ago(60_000)), answer("live", new Date(now.getTime() + 60_000))]);

    expect(await pruneExpired(db, now)).toEqual({
      sessions: 2,
      email_links: 2,
      sign_in_challenges: 0,
      throttles: 0,
      read_notifications: 1,
      done_jobs: 1,
      dead_jobs: 1,
      stream_events: 1,
      idempotency_keys: 1,
      // Webhook deliveries' pruning has its own test (tests/integration/webhooks).
      webhook_deliveries: 0,
    });
    const ids = async (table: string, column: string) =>
      (
        await db.all<{ id: string }>(sql.raw(`select ${column} as id from ${table} order by 1`))
      ).map((row) => row.id);
    expect(await ids("user_sessions", "id")).toEqual(["live", "revoked-yesterday"]);
    expect(await ids("email_tokens", "token_hash")).toEqual(["fresh"]);
    expect(await ids("notifications", "event_key")).toEqual(["read-recently", "unread-old"]);
    expect(await ids("jobs", "id")).toEqual(["dead-new", "done-new", "waiting-old"]);
    expect(await ids("idempotency_keys", "key")).toEqual(["live"]);
    expect(
      (await db.select().from(streamEvents).where(eq(streamEvents.userId, user.id))).length,
    ).toBe(1);

    const again = await pruneExpired(db, now);
    expect(Object.values(again).every((removed) => removed === 0)).toBe(true);
  });
});
