import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { verifyPassword } from "~/server/auth/password";
import { hashToken, randomToken } from "~/server/auth/tokens";
import { signInChallenges } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import type { DomainContext } from "~/server/domain/context";
import { ForbiddenError, RateLimitedError, UnauthenticatedError } from "~/server/domain/errors";
import type { SignInInput } from "~/shared/schemas/identity";
import { assertNotLocked, clearFailures, lockedMessage, recordFailure } from "./sign-in-throttle";
import { issueSignInTicket } from "./sign-in-ticket";

/** The same words for an unknown email and a wrong password: nothing to learn from either. */
export const INVALID_CREDENTIALS = "Email or password is incorrect.";
export const SUSPENDED_MESSAGE =
  "This account is suspended. Contact support if you think this is a mistake.";
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
  await assertNotLocked(ctx.db, input.email, now);

  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
  // Always one argon2 verification, against a dummy hash when there is no account.
  const passwordOk = await verifyPassword(user?.passwordHash, input.password);

  if (!user || !passwordOk) {
    const lockedUntil = await recordFailure(ctx.db, input.email, now);
    await recordAuditEvent(ctx, {
      action: "sign_in.failed",
      actorId: null,
      targetUserId: user?.id ?? null,
      detail: { reason: user ? "wrong_password" : "unknown_email", email: input.email },
    });
    if (lockedUntil) {
      await recordAuditEvent(ctx, {
        action: "sign_in.locked",
        actorId: null,
        targetUserId: user?.id ?? null,
        detail: { email: input.email, until: lockedUntil.toISOString() },
      });
      throw new RateLimitedError(lockedMessage(lockedUntil), lockedUntil);
    }
    throw new UnauthenticatedError(INVALID_CREDENTIALS);
  }

  await clearFailures(ctx.db, input.email);
  if (user.status !== "active") {
    await recordAuditEvent(ctx, {
      action: "sign_in.failed",
      actorId: user.id,
      targetUserId: user.id,
      detail: { reason: "suspended" },
    });
    throw new ForbiddenError(SUSPENDED_MESSAGE);
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
