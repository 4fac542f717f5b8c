import { createCaller } from "~/server/api/root";
import type { Context } from "~/server/api/trpc";
import type { Database } from "~/server/db/client";
import type { User } from "~/server/db/schema/users";
import type { PersonActor } from "~/server/domain/actor";
import { logger } from "~/server/observability/logger";
import { testClock } from "./clock";

export function testRequest(requestId = `test-${crypto.randomUUID()}`) {
  return { ip: "203.0.113.7", userAgent: "vitest", requestId, origin: "http://guild.test" };
}

/** Tickets the sign-in procedures turned into session cookies, newest last (the cookie itself is NextAuth's, tested end to end). */
export const startedSessions: string[] = [];

/** A tRPC caller as a given person (or anonymous) against a test database. */
export function callerFor(
  db: Database,
  actor: PersonActor | null = null,
  extra: Pick<Context, "money"> = {},
) {
  const request = testRequest();
  const ctx: Context = {
    db,
    actor,
    request,
    log: logger.child({ requestId: request.requestId }),
    startSession: async (ticket) => {
      startedSessions.push(ticket);
    },
    now: () => testClock.now(),
    ...extra,
  };
  return createCaller(ctx);
}

/**
 * `user` as an actor, as the session check would build it. Without a `sessionId` there is no
 * row behind it: for procedures that only read the actor.
 */
export function actorOf(user: User, sessionId: string | null = `session-${user.id}`): PersonActor {
  return {
    kind: "person",
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    status: user.status,
    emailVerified: user.emailVerified !== null,
    twoFactorEnabled: user.twoFactorEnabledAt !== null,
    sessionId,
    secondFactorVerified: false,
  };
}
