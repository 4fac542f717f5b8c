import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { revokeUserApiTokens } from "~/server/domain/api-token/api-tokens";
import { revokeUserSessions } from "~/server/domain/identity/session-rows";
import { cancelPendingSignIns } from "~/server/domain/identity/sign-in-ticket";
import { notify } from "~/server/domain/notification/notify";
import type { SetUserStatusInput } from "~/shared/schemas/admin";
import { actingAdminId, loadTargetPerson } from "./admin-access";

/**
 * Suspends or reinstates a person, and tells them why (a notification and, even while
 * suspended, its email). Suspension ends every session at once: the next request of an open
 * tab finds its session revoked. Asking for the status they already have changes nothing.
 */
export async function setUserStatus({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof SetUserStatusInput>;
}) {
  const adminId = actingAdminId(ctx);
  return withTransaction(ctx, async (tx) => {
    const before = await loadTargetPerson(tx.db, adminId, input.userId);
    if (before.status === input.status) return { status: before.status, sessionsRevoked: 0 };
    const now = nowOf(tx);
    await tx.db.update(users).set({ status: input.status }).where(eq(users.id, before.id));
    let revoked = 0;
    if (input.status === "suspended") {
      revoked = await revokeUserSessions(tx.db, before.id, "suspended", { now });
      await revokeUserApiTokens(tx.db, before.id, adminId ?? "system", now);
      // A sign-in waiting for its second step must not finish either.
      await cancelPendingSignIns(tx.db, before.id, now);
    }
    await recordAuditEvent(tx, {
      action: "user.status_changed",
      actorId: adminId,
      targetUserId: before.id,
      detail: {
        from: before.status,
        to: input.status,
        reason: input.reason,
        sessionsRevoked: revoked,
      },
    });
    await notify(tx, {
      userId: before.id,
      kind: "account.status_changed",
      eventKey: `account.status_changed:${input.status}:${now.getTime()}`,
      title:
        input.status === "suspended"
          ? "Your Guild account is suspended."
          : "Your Guild account is active again.",
      body: input.reason,
      href: "/account",
    });
    return { status: input.status, sessionsRevoked: revoked };
  });
}
