import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { hashPassword, isCommonPassword } from "~/server/auth/password";
import { revokeUserSessions } from "~/server/auth/session";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import type { DomainContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { ForgotPasswordInput, ResetPasswordInput } from "~/shared/schemas/identity";
import { consumeEmailLink, createEmailLink, mailEmailLink } from "./email-links";
import { clearFailures } from "./sign-in-throttle";
import { COMMON_PASSWORD_MESSAGE } from "./sign-up";
import { INVALID_LINK } from "./verify-email";

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
    const link = await ctx.db.transaction(async (db) => {
      await recordAuditEvent(
        { ...ctx, db },
        { action: "password.reset_requested", actorId: null, targetUserId: user.id },
      );
      return createEmailLink({ ...ctx, db }, user, "reset_password");
    });
    await mailEmailLink(link);
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
  if (isCommonPassword(input.password)) {
    throw new InvalidError(COMMON_PASSWORD_MESSAGE, { password: [COMMON_PASSWORD_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const link = await consumeEmailLink(tx, input.token, "reset_password", now);
    if (!link) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    const [user] = await db
      .update(users)
      .set({ passwordHash })
      .where(eq(users.id, link.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    const revoked = await revokeUserSessions(db, user.id, "password_reset", { now });
    await clearFailures(db, user.email);
    await recordAuditEvent(tx, {
      action: "password.reset",
      actorId: user.id,
      targetUserId: user.id,
      detail: { sessionsRevoked: revoked },
    });
    return { email: user.email };
  });
}
