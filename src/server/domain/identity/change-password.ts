import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { hashPassword } from "~/server/crypto/password";
import { revokeUserApiTokens } from "~/server/domain/api-token/api-tokens";
import { revokeUserSessions } from "./session-rows";
import { emailTokens } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import type { ChangePasswordInput } from "~/shared/schemas/identity";
import { assertStrongPassword, checkPassword } from "./password-check";
import { cancelPendingSignIns } from "./sign-in-ticket";

/** Needs the current password; keeps this device signed in and signs out every other one. */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ChangePasswordInput>;
}) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id)).limit(1);
  if (!user) throw new NotFoundError("Your account could not be found.");
  await checkPassword(ctx, user, input.currentPassword, "currentPassword");
  assertStrongPassword(input.newPassword, user, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return withTransaction(ctx, async (tx) => {
    await tx.db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
    const revoked = await revokeUserSessions(tx.db, user.id, "password_changed", {
      except: ctx.actor.sessionId,
    });
    await revokeUserApiTokens(tx.db, user.id, user.id, new Date());
    const now = new Date();
    // Nothing begun or mailed for the old password stays usable.
    await cancelPendingSignIns(tx.db, user.id, now);
    await tx.db
      .update(emailTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailTokens.userId, user.id),
          eq(emailTokens.purpose, "reset_password"),
          isNull(emailTokens.usedAt),
        ),
      );
    await recordAuditEvent(tx, {
      action: "password.changed",
      actorId: user.id,
      targetUserId: user.id,
      detail: { otherSessionsRevoked: revoked },
    });
    return { otherSessionsRevoked: revoked };
  });
}
