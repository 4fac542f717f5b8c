import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { createEmailLink, mailEmailLink } from "~/server/domain/identity/email-links";
import { revokeUserApiTokens } from "~/server/domain/api-token/api-tokens";
import { revokeUserSessions } from "~/server/domain/identity/session-rows";
import { cancelPendingSignIns } from "~/server/domain/identity/sign-in-ticket";
import type { PersonActionInput } from "~/shared/schemas/admin";
import { actingAdminId, loadTargetPerson } from "./admin-access";

/**
 * The person must choose a new password (their old one may be known to someone else): every
 * session ends, a sign-in with the old password is refused until a reset (which clears the
 * mark), and a reset link goes to their address. Asked again, it sends a fresh link.
 */
export async function requirePasswordReset({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof PersonActionInput>;
}) {
  const adminId = actingAdminId(ctx);
  return withTransaction(ctx, async (tx) => {
    const person = await loadTargetPerson(tx.db, adminId, input.userId);
    const now = nowOf(tx);
    await tx.db.update(users).set({ passwordResetRequiredAt: now }).where(eq(users.id, person.id));
    const revoked = await revokeUserSessions(tx.db, person.id, "password_reset_required", { now });
    await revokeUserApiTokens(tx.db, person.id, adminId ?? "system", now);
    await cancelPendingSignIns(tx.db, person.id, now);
    await mailEmailLink(tx, await createEmailLink(tx, person, "reset_password", now));
    await recordAuditEvent(tx, {
      action: "user.password_reset_required",
      actorId: adminId,
      targetUserId: person.id,
      detail: { reason: input.reason, sessionsRevoked: revoked },
    });
    return { sessionsRevoked: revoked };
  });
}
