import "server-only";

import { and, eq, gt } from "drizzle-orm";
import type { z } from "zod";

import { hashPassword } from "~/server/crypto/password";
import { revokeUserApiTokens } from "~/server/domain/api-token/api-tokens";
import { revokeUserSessions } from "./session-rows";
import { emailTokens } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { ForgotPasswordInput, ResetPasswordInput } from "~/shared/schemas/identity";
import {
  consumeEmailLink,
  createEmailLink,
  expireEmailLinks,
  liveEmailLinkOwner,
  mailEmailLink,
} from "./email-links";
import { clearAttempts, passwordKey } from "./attempt-throttle";
import { cancelPendingSignIns } from "./sign-in-ticket";
import { INVALID_LINK } from "./verify-email";
import { assertStrongPassword } from "./password-check";

const RESET_MAIL_INTERVAL_MS = 60 * 1000;

export const RESET_REQUESTED =
  "If an account uses that email, we've sent it a link to reset the password. It works for one hour.";

/** Answers the same whether or not the email has an account; only a real account gets mail. */
export async function requestPasswordReset({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof ForgotPasswordInput>;
}) {
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, status: users.status })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  if (user?.status === "active") {
    const now = new Date();
    await withTransaction(ctx, async (tx) => {
      // At most one reset mail a minute per account: nobody can flood an inbox through us.
      const [recent] = await tx.db
        .select({ createdAt: emailTokens.createdAt })
        .from(emailTokens)
        .where(
          and(
            eq(emailTokens.userId, user.id),
            eq(emailTokens.purpose, "reset_password"),
            gt(emailTokens.createdAt, new Date(now.getTime() - RESET_MAIL_INTERVAL_MS)),
          ),
        )
        .limit(1);
      if (recent) return;
      await recordAuditEvent(tx, {
        action: "password.reset_requested",
        actorId: null,
        targetUserId: user.id,
      });
      await mailEmailLink(tx, await createEmailLink(tx, user, "reset_password", now));
    });
  }
  return { message: RESET_REQUESTED };
}

/** Sets a new password from a reset link and signs every device out. */
export async function resetPassword({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: DomainContext;
  input: z.output<typeof ResetPasswordInput>;
  now?: Date;
}) {
  // Judging and hashing cost real work: a request with a dead link must not get that far. The
  // link is still consumed in the transaction below, so of two racing resets only one wins.
  const owner = await liveEmailLinkOwner(ctx, input.token, "reset_password", now);
  if (!owner) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
  assertStrongPassword(input.password, owner, "password");
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx, async (tx) => {
    const link = await consumeEmailLink(tx, input.token, "reset_password", now);
    if (!link) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    const [user] = await tx.db
      .update(users)
      // The new password is what an admin's "require a password reset" waited for.
      .set({ passwordHash, passwordResetRequiredAt: null })
      .where(eq(users.id, link.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    const revoked = await revokeUserSessions(tx.db, user.id, "password_reset", { now });
    await revokeUserApiTokens(tx.db, user.id, user.id, now);
    // A new password unlocks the account, spends every other reset link, and ends sign-ins begun with the old one.
    await expireEmailLinks(tx, user.id, "reset_password", now);
    await clearAttempts(tx.db, passwordKey(user.email));
    await cancelPendingSignIns(tx.db, user.id, now);
    await recordAuditEvent(tx, {
      action: "password.reset",
      actorId: user.id,
      targetUserId: user.id,
      detail: { sessionsRevoked: revoked },
    });
    return { email: user.email };
  });
}
