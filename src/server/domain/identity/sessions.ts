import "server-only";

import { and, desc, eq, gt, isNull } from "drizzle-orm";

import { revokeUserSessions } from "./session-rows";
import { hashToken } from "~/server/crypto/tokens";
import { userSessions } from "~/server/db/schema/auth";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";

/** The actor's active sessions, newest activity first, with the current one marked. */
export async function listMySessions({
  ctx,
  now = new Date(),
}: {
  ctx: PersonContext;
  now?: Date;
}) {
  const rows = await ctx.db
    .select({
      id: userSessions.id,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.userId, ctx.actor.id),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, now),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt));
  return rows.map(({ id, ...row }) => ({
    ...row,
    id: publicSessionId(id),
    current: id === ctx.actor.sessionId,
  }));
}

/**
 * The id a session is known by in pages and procedures. The real id is half of what a
 * cookie is made of (the other half is the secret), so it never leaves the server.
 */
export function publicSessionId(sessionId: string) {
  return hashToken(sessionId).slice(0, 32);
}

/** Ends one of the actor's own sessions; someone else's session does not exist for them. */
export async function revokeMySession({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: PersonContext;
  input: { sessionId: string };
  now?: Date;
}) {
  return withTransaction(ctx, async (tx) => {
    // Only the actor's own sessions are candidates: anyone else's does not exist for them.
    const mine = await tx.db
      .select({ id: userSessions.id })
      .from(userSessions)
      .where(and(eq(userSessions.userId, ctx.actor.id), isNull(userSessions.revokedAt)));
    const target = mine.find((row) => publicSessionId(row.id) === input.sessionId);
    const [revoked] = target
      ? await tx.db
          .update(userSessions)
          .set({
            revokedAt: now,
            revokedReason: target.id === ctx.actor.sessionId ? "signed_out" : "revoked",
          })
          .where(and(eq(userSessions.id, target.id), isNull(userSessions.revokedAt)))
          .returning({ id: userSessions.id })
      : [];
    if (!revoked) throw new NotFoundError("That session has already ended.");
    const current = revoked.id === ctx.actor.sessionId;
    await recordAuditEvent(tx, {
      action: current ? "sign_out" : "session.revoked",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: current ? undefined : { sessionId: input.sessionId.slice(0, 8) },
    });
    return { current };
  });
}

/** "Sign out of all other devices": every session but this one. */
export async function revokeMyOtherSessions({ ctx }: { ctx: PersonContext }) {
  return withTransaction(ctx, async (tx) => {
    const revoked = await revokeUserSessions(tx.db, ctx.actor.id, "signed_out_elsewhere", {
      except: ctx.actor.sessionId,
    });
    await recordAuditEvent(tx, {
      action: "session.revoked_others",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { count: revoked },
    });
    return { revoked };
  });
}
