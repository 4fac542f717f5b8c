import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { revokeUserSessions } from "./session-rows";
import type { DbOrTx } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { personOf } from "~/server/domain/actor";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import type { SetUserRoleInput, SetUserStatusInput } from "~/shared/schemas/identity";
import { cancelPendingSignIns } from "./sign-in-ticket";

/**
 * Role and status changes take effect at once: every session of the user is revoked, so
 * nobody keeps the powers of a role they lost. `ctx.actor` is the admin, or the system when an
 * operator runs the promote script.
 */
export async function setUserRole({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof SetUserRoleInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const before = await loadUser(tx.db, input.userId);
    if (personOf(ctx.actor)?.id === before.id)
      throw new ConflictError("You cannot change your own role.");
    if (before.role === input.role) return { role: before.role, sessionsRevoked: 0 };
    await tx.db.update(users).set({ role: input.role }).where(eq(users.id, before.id));
    const revoked = await revokeUserSessions(tx.db, before.id, "role_changed");
    await recordAuditEvent(tx, {
      action: "user.role_changed",
      actorId: personOf(ctx.actor)?.id ?? null,
      targetUserId: before.id,
      detail: { from: before.role, to: input.role, sessionsRevoked: revoked },
    });
    return { role: input.role, sessionsRevoked: revoked };
  });
}

export async function setUserStatus({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof SetUserStatusInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const before = await loadUser(tx.db, input.userId);
    if (personOf(ctx.actor)?.id === before.id)
      throw new ConflictError("You cannot suspend your own account.");
    if (before.status === input.status) return { status: before.status, sessionsRevoked: 0 };
    await tx.db.update(users).set({ status: input.status }).where(eq(users.id, before.id));
    let revoked = 0;
    if (input.status === "suspended") {
      revoked = await revokeUserSessions(tx.db, before.id, "suspended");
      // A sign-in waiting for its second step must not finish either.
      await cancelPendingSignIns(tx.db, before.id, new Date());
    }
    await recordAuditEvent(tx, {
      action: "user.status_changed",
      actorId: personOf(ctx.actor)?.id ?? null,
      targetUserId: before.id,
      detail: { from: before.status, to: input.status, sessionsRevoked: revoked },
    });
    return { status: input.status, sessionsRevoked: revoked };
  });
}

async function loadUser(db: DbOrTx, userId: string) {
  const [user] = await db
    .select({ id: users.id, role: users.role, status: users.status })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw new NotFoundError("No such user.");
  return user;
}
