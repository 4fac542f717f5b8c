import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { verifyPassword } from "~/server/crypto/password";
import { hashToken, randomToken } from "~/server/crypto/tokens";
import { signInChallenges } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import type { DomainContext } from "~/server/domain/context";
import { ForbiddenError, UnauthenticatedError } from "~/server/domain/errors";
import type { SignInInput } from "~/shared/schemas/identity";
import { PASSWORD_POLICY, passwordKey, throttledAttempt } from "./attempt-throttle";
import { issueSignInTicket, SUSPENDED_MESSAGE } from "./sign-in-ticket";

/** The same words for an unknown email and a wrong password: nothing to learn from either. */
export const INVALID_CREDENTIALS = "Email or password is incorrect.";
export const RESET_REQUIRED_MESSAGE =
  "You need to choose a new password before you can sign in. Use the reset link we emailed you, or “Forgot your password?” to get a new one.";
const SECOND_FACTOR_TTL_MS = 5 * 60 * 1000;

export type SignInStep =
  { kind: "ticket"; ticket: string } | { kind: "second_factor"; challenge: string };

/**
 * Checks email and password. Success without 2FA yields a ticket for NextAuth; with 2FA, a
 * challenge the second step must answer with a code within five minutes.
 */
export async function beginSignIn({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: DomainContext;
  input: z.output<typeof SignInInput>;
  now?: Date;
}): Promise<SignInStep> {
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const signedIn = await throttledAttempt(
    ctx,
    { key: passwordKey(input.email), policy: PASSWORD_POLICY, now },
    // Always one argon2 verification, against a dummy hash when there is no account.
    async () => ((await verifyPassword(user?.passwordHash, input.password)) ? user : null),
    async (tx, lockedUntil) => {
      await recordAuditEvent(tx, {
        action: "sign_in.failed",
        actorId: null,
        targetUserId: user?.id ?? null,
        detail: { reason: user ? "wrong_password" : "unknown_email", email: input.email },
      });
      if (lockedUntil) {
        await recordAuditEvent(tx, {
          action: "sign_in.locked",
          actorId: null,
          targetUserId: user?.id ?? null,
          detail: { email: input.email, until: lockedUntil.toISOString() },
        });
      }
    },
  );
  if (!signedIn || !user) throw new UnauthenticatedError(INVALID_CREDENTIALS);

  if (user.status !== "active") {
    await recordAuditEvent(ctx, {
      action: "sign_in.failed",
      actorId: user.id,
      targetUserId: user.id,
      detail: { reason: "suspended" },
    });
    throw new ForbiddenError(SUSPENDED_MESSAGE);
  }

  // An admin asked for a new password: the old one, even right, opens nothing until a reset.
  if (user.passwordResetRequiredAt) {
    await recordAuditEvent(ctx, {
      action: "sign_in.failed",
      actorId: user.id,
      targetUserId: user.id,
      detail: { reason: "password_reset_required" },
    });
    throw new ForbiddenError(RESET_REQUIRED_MESSAGE);
  }

  if (user.twoFactorEnabledAt) {
    const challenge = randomToken();
    await ctx.db.insert(signInChallenges).values({
      tokenHash: hashToken(challenge),
      userId: user.id,
      stage: "second_factor",
      expiresAt: new Date(now.getTime() + SECOND_FACTOR_TTL_MS),
      createdAt: now,
    });
    return { kind: "second_factor", challenge };
  }

  return { kind: "ticket", ticket: await issueSignInTicket(ctx, user, "password", now) };
}
