import "server-only";

import { and, desc, eq, gt, isNull } from "drizzle-orm";

import { revokeUserSessions } from "~/server/auth/session";
import { userSessions } from "~/server/db/schema/auth";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import type { SignedInContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";

/** The actor's active sessions, newest activity first, with the current one marked. */
export async function listMySessions({
  ctx,
  now = new Date(),
}: {
  ctx: SignedInContext;
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
        eq(userSessions.userId, ctx.session.user.id),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, now),
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt));
  return rows.map((row) => ({ ...row, current: row.id === ctx.session.sessionId }));
}

/** Ends one of the actor's own sessions; someone else's session does not exist for them. */
export async function revokeMySession({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: SignedInContext;
  input: { sessionId: string };
  now?: Date;
}) {
  return ctx.db.transaction(async (db) => {
    const [revoked] = await db
      .update(userSessions)
      .set({
        revokedAt: now,
        revokedReason: input.sessionId === ctx.session.sessionId ? "signed_out" : "revoked",
      })
      .where(
        and(
          eq(userSessions.id, input.sessionId),
          eq(userSessions.userId, ctx.session.user.id),
          isNull(userSessions.revokedAt),
        ),
      )
      .returning({ id: userSessions.id });
    if (!revoked) throw new NotFoundError("That session has already ended.");
    const current = revoked.id === ctx.session.sessionId;
    await recordAuditEvent(
      { ...ctx, db },
      {
        action: current ? "sign_out" : "session.revoked",
        actorId: ctx.session.user.id,
        targetUserId: ctx.session.user.id,
        detail: current ? undefined : { sessionId: revoked.id.slice(0, 8) },
      },
    );
    return { current };
  });
}

/** "Sign out of all other devices": every session but this one. */
export async function revokeMyOtherSessions({ ctx }: { ctx: SignedInContext }) {
  return ctx.db.transaction(async (db) => {
    const revoked = await revokeUserSessions(db, ctx.session.user.id, "signed_out_elsewhere", {
      except: ctx.session.sessionId,
    });
    await recordAuditEvent(
      { ...ctx, db },
      {
        action: "session.revoked_others",
        actorId: ctx.session.user.id,
        targetUserId: ctx.session.user.id,
        detail: { count: revoked },
      },
    );
    return { revoked };
  });
}
