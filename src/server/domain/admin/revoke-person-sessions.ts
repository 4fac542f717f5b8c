import "server-only";

import { and, eq, gt, isNull } from "drizzle-orm";
import type { z } from "zod";

import { userSessions } from "~/server/db/schema/auth";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { publicSessionId } from "~/server/domain/identity/sessions";
import { revokeUserApiTokens } from "~/server/domain/api-token/api-tokens";
import { revokeUserSessions } from "~/server/domain/identity/session-rows";
import type { RevokePersonSessionsInput } from "~/shared/schemas/admin";
import { actingAdminId, loadTargetPerson } from "./admin-access";

/**
 * Signs a person out of one device (by the public id their page shows) or all of them; the
 * device's next request finds its session revoked.
 */
export async function revokePersonSessions({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof RevokePersonSessionsInput>;
}) {
  const adminId = actingAdminId(ctx);
  return withTransaction(ctx, async (tx) => {
    const person = await loadTargetPerson(tx.db, adminId, input.userId);
    const now = nowOf(tx);
    let revoked: number;
    if (input.sessionId) {
      const live = await tx.db
        .select({ id: userSessions.id })
        .from(userSessions)
        .where(
          and(
            eq(userSessions.userId, person.id),
            isNull(userSessions.revokedAt),
            gt(userSessions.expiresAt, now),
          ),
        );
      const target = live.find((row) => publicSessionId(row.id) === input.sessionId);
      if (!target) throw new NotFoundError("That session has already ended.");
      await tx.db
        .update(userSessions)
        .set({ revokedAt: now, revokedReason: "revoked_by_admin" })
        .where(eq(userSessions.id, target.id));
      revoked = 1;
    } else {
      revoked = await revokeUserSessions(tx.db, person.id, "revoked_by_admin", { now });
      await revokeUserApiTokens(tx.db, person.id, adminId ?? "system", now);
    }
    await recordAuditEvent(tx, {
      action: "user.sessions_revoked_by_admin",
      actorId: adminId,
      targetUserId: person.id,
      detail: {
        reason: input.reason,
        sessionsRevoked: revoked,
        ...(input.sessionId ? { sessionId: input.sessionId.slice(0, 8) } : { all: true }),
      },
    });
    return { sessionsRevoked: revoked };
  });
}
