import "server-only";

import { and, eq, gt, isNull, ne } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { userSessions } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import type { PersonActor } from "~/server/domain/actor";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 7 * DAY;
/** …and after this long in all, however active. */
export const SESSION_ABSOLUTE_MS = 30 * DAY;
/** `last_seen_at` is written at most this often, so most requests only read. */
const LAST_SEEN_RESOLUTION_MS = MINUTE;

/**
 * The per-request session check: one indexed read of the session row joined to its user.
 * A revoked, idle or expired session is refused on its very next request; the user's
 * role, status and name come from the database, never from the cookie.
 */
export async function loadSession(
  db: DbOrTx,
  sessionId: string,
  now = new Date(),
): Promise<PersonActor | null> {
  const [row] = await db
    .select({
      sessionId: userSessions.id,
      lastSeenAt: userSessions.lastSeenAt,
      expiresAt: userSessions.expiresAt,
      revokedAt: userSessions.revokedAt,
      secondFactorAt: userSessions.secondFactorAt,
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      emailVerified: users.emailVerified,
      twoFactorEnabledAt: users.twoFactorEnabledAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sessionId))
    .limit(1);

  if (!row || row.revokedAt) return null;
  if (row.expiresAt <= now) {
    await revokeIfActive(db, row.sessionId, "expired", now);
    return null;
  }
  if (row.lastSeenAt.getTime() + SESSION_IDLE_MS <= now.getTime()) {
    await revokeIfActive(db, row.sessionId, "idle", now);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now })
      .where(eq(userSessions.id, row.sessionId));
  }

  return {
    kind: "person",
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: row.status,
    emailVerified: row.emailVerified !== null,
    twoFactorEnabled: row.twoFactorEnabledAt !== null,
    sessionId: row.sessionId,
    secondFactorVerified: row.secondFactorAt !== null,
  };
}

async function revokeIfActive(db: DbOrTx, sessionId: string, reason: string, now: Date) {
  await db
    .update(userSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Opens a session row for a user who has passed every sign-in check. */
export async function createSessionRow(
  db: DbOrTx,
  input: { userId: string; ip: string | null; userAgent: string | null; secondFactor?: boolean },
  now = new Date(),
) {
  const id = crypto.randomUUID() + crypto.randomUUID().replaceAll("-", "");
  await db.insert(userSessions).values({
    id,
    userId: input.userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    ip: input.ip,
    userAgent: input.userAgent,
    secondFactorAt: input.secondFactor ? now : null,
  });
  return id;
}

/** Revokes every active session of a user, optionally keeping one (the current device). */
export async function revokeUserSessions(
  db: DbOrTx,
  userId: string,
  reason: string,
  options: { except?: string | null; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const revoked = await db
    .update(userSessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, now),
        options.except ? ne(userSessions.id, options.except) : undefined,
      ),
    )
    .returning({ id: userSessions.id });
  return revoked.length;
}
