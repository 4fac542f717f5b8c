import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { revokeUserApiTokens } from "~/server/domain/api-token/api-tokens";
import { revokeUserSessions } from "~/server/domain/identity/session-rows";
import type { SetUserRoleInput } from "~/shared/schemas/admin";
import { actingAdminId, loadTargetPerson } from "./admin-access";

/**
 * A new role takes effect at once: every session of the person is revoked, so nobody keeps the
 * powers of a role they lost. `ctx.actor` is the admin, or the system when an operator runs the
 * promote script. Asking for the role they already have changes nothing and records nothing.
 */
export async function setUserRole({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof SetUserRoleInput>;
}) {
  const adminId = actingAdminId(ctx);
  return withTransaction(ctx, async (tx) => {
    const before = await loadTargetPerson(tx.db, adminId, input.userId);
    if (before.role === input.role) return { role: before.role, sessionsRevoked: 0 };
    await tx.db.update(users).set({ role: input.role }).where(eq(users.id, before.id));
    const revoked = await revokeUserSessions(tx.db, before.id, "role_changed");
    await revokeUserApiTokens(tx.db, before.id, adminId ?? "system", new Date());
    await recordAuditEvent(tx, {
      action: "user.role_changed",
      actorId: adminId,
      targetUserId: before.id,
      detail: { from: before.role, to: input.role, reason: input.reason, sessionsRevoked: revoked },
    });
    return { role: input.role, sessionsRevoked: revoked };
  });
}
