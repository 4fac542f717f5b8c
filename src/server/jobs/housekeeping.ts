import "server-only";

import { and, eq, isNotNull, isNull, lt, or, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

import type { Database } from "~/server/db/client";
import {
  attemptThrottles,
  emailTokens,
  signInChallenges,
  userSessions,
} from "~/server/db/schema/auth";
import { idempotencyKeys } from "~/server/db/schema/idempotency";
import { jobs } from "~/server/db/schema/jobs";
import { notifications, streamEvents } from "~/server/db/schema/notifications";
import { webhookDeliveries } from "~/server/db/schema/webhooks";
import { WEBHOOK_DELIVERY_RETENTION_MS } from "~/server/domain/webhook/list-endpoints";
import { retentionMs } from "~/server/domain/privacy/retention";

/**
 * How long each kind of finished record is kept before the daily prune removes it: read from
 * the one retention table (`domain/privacy/retention.ts`, also in the README).
 */
export const RETENTION = {
  /** Ended sessions stay listed (as signed out) for a month. */
  endedSessionsMs: retentionMs("endedSessions"),
  /** Used or expired links answer "already used" for a week. */
  emailLinksMs: retentionMs("emailLinks"),
  challengesMs: retentionMs("signInChallenges"),
  throttlesMs: retentionMs("attemptThrottles"),
  readNotificationsMs: retentionMs("readNotifications"),
  doneJobsMs: retentionMs("doneJobs"),
  deadJobsMs: retentionMs("deadJobs"),
  streamEventsMs: retentionMs("streamEvents"),
} as const;

/**
 * Removes what has expired: ended sessions, used or expired email links and sign-in
 * challenges, stale throttles, read notifications older than 90 days, finished jobs past
 * retention, old stream events and expired idempotency answers. Idempotent; answers how many rows each step removed.
 */
export async function pruneExpired(db: Database, now: Date) {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const steps: [string, SQLiteTable, SQL | undefined][] = [
    [
      "sessions",
      userSessions,
      or(
        lt(userSessions.expiresAt, before(RETENTION.endedSessionsMs)),
        and(
          isNotNull(userSessions.revokedAt),
          lt(userSessions.revokedAt, before(RETENTION.endedSessionsMs)),
        ),
      ),
    ],
    [
      "email_links",
      emailTokens,
      or(
        lt(emailTokens.expiresAt, before(RETENTION.emailLinksMs)),
        and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, before(RETENTION.emailLinksMs))),
      ),
    ],
    [
      "sign_in_challenges",
      signInChallenges,
      lt(signInChallenges.expiresAt, before(RETENTION.challengesMs)),
    ],
    [
      "throttles",
      attemptThrottles,
      and(
        lt(attemptThrottles.updatedAt, before(RETENTION.throttlesMs)),
        // Still locked: kept until the lock passes.
        or(isNull(attemptThrottles.lockedUntil), lt(attemptThrottles.lockedUntil, now)),
      ),
    ],
    [
      "read_notifications",
      notifications,
      and(
        isNotNull(notifications.readAt),
        lt(notifications.readAt, before(RETENTION.readNotificationsMs)),
      ),
    ],
    [
      "done_jobs",
      jobs,
      and(eq(jobs.status, "done"), lt(jobs.finishedAt, before(RETENTION.doneJobsMs))),
    ],
    [
      "dead_jobs",
      jobs,
      and(eq(jobs.status, "dead"), lt(jobs.finishedAt, before(RETENTION.deadJobsMs))),
    ],
    ["stream_events", streamEvents, lt(streamEvents.createdAt, before(RETENTION.streamEventsMs))],
    // Replayable answers live 24 hours (IDEMPOTENCY_TTL_MS); expired ones no longer hold their key.
    ["idempotency_keys", idempotencyKeys, lt(idempotencyKeys.expiresAt, now)],
    // Retries end within a day, so a delivery this old is finished history.
    [
      "webhook_deliveries",
      webhookDeliveries,
      lt(webhookDeliveries.createdAt, before(WEBHOOK_DELIVERY_RETENTION_MS)),
    ],
  ];
  const removed: Record<string, number> = {};
  for (const [name, table, where] of steps) {
    const result = await db.delete(table).where(where);
    removed[name] = result.rowsAffected;
  }
  return removed;
}
