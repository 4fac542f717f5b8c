import { createCaller } from "~/server/api/root";
import type { Context } from "~/server/api/trpc";
import type { Session } from "~/server/auth/session";
import type { Database } from "~/server/db/client";
import type { User } from "~/server/db/schema/users";
import { logger } from "~/server/observability/logger";

export function testRequest(requestId = `test-${crypto.randomUUID()}`) {
  return { ip: "203.0.113.7", userAgent: "vitest", requestId, origin: "http://guild.test" };
}

/** Tickets the sign-in procedures turned into session cookies, newest last (the cookie itself is NextAuth's, tested end to end). */
export const startedSessions: string[] = [];

/** A tRPC caller as a given actor (or anonymous) against a test database. */
export function callerFor(db: Database, session: Session | null = null) {
  const request = testRequest();
  const ctx: Context = {
    db,
    session,
    request,
    log: logger.child({ requestId: request.requestId }),
    startSession: async (ticket) => {
      startedSessions.push(ticket);
    },
  };
  return createCaller(ctx);
}

/** A session for `user` as the session check would build it (no row: for procedures that only read the actor). */
export function sessionOf(user: User, sessionId = `session-${user.id}`): Session {
  return {
    sessionId,
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      status: user.status,
      emailVerified: user.emailVerified !== null,
      twoFactorEnabled: user.twoFactorEnabledAt !== null,
    },
    secondFactorVerified: false,
  };
}
