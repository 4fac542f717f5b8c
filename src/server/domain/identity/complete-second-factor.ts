import "server-only";

import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { z } from "zod";

import { hashToken } from "~/server/auth/tokens";
import { auditEvents, signInChallenges } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import type { DomainContext } from "~/server/domain/context";
import { RateLimitedError, UnauthenticatedError } from "~/server/domain/errors";
import type { SecondFactorInput } from "~/shared/schemas/identity";
import { verifySecondFactor } from "./second-factor";
import { issueSignInTicket } from "./sign-in-ticket";

/** Wrong codes allowed on one sign-in attempt, and on one account in a 15-minute window. */
export const MAX_CODE_ATTEMPTS_PER_CHALLENGE = 5;
export const MAX_CODE_FAILURES_PER_ACCOUNT = 10;
const ACCOUNT_WINDOW_MS = 15 * 60 * 1000;

export const EXPIRED_CHALLENGE =
  "This sign-in has expired. Please enter your email and password again.";
export const WRONG_CODE = "That code didn't work. Check your authenticator app and try again.";

export async function completeSecondFactor({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: DomainContext;
  input: z.output<typeof SecondFactorInput>;
  now?: Date;
}): Promise<string> {
  const [challenge] = await ctx.db
    .select()
    .from(signInChallenges)
    .where(
      and(
        eq(signInChallenges.tokenHash, hashToken(input.challenge)),
        eq(signInChallenges.stage, "second_factor"),
        isNull(signInChallenges.consumedAt),
        gt(signInChallenges.expiresAt, now),
      ),
    )
    .limit(1);
  if (!challenge || challenge.attempts >= MAX_CODE_ATTEMPTS_PER_CHALLENGE) {
    throw new UnauthenticatedError(EXPIRED_CHALLENGE);
  }

  const windowStart = new Date(now.getTime() - ACCOUNT_WINDOW_MS);
  const [recent] = await ctx.db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.targetId, challenge.userId),
        eq(auditEvents.action, "sign_in.second_factor_failed"),
        gt(auditEvents.createdAt, windowStart),
      ),
    );
  if ((recent?.n ?? 0) >= MAX_CODE_FAILURES_PER_ACCOUNT) {
    const retryAt = new Date(now.getTime() + ACCOUNT_WINDOW_MS);
    throw new RateLimitedError(
      "Too many wrong codes for this account. Wait 15 minutes, then try again.",
      retryAt,
    );
  }

  const [user] = await ctx.db.select().from(users).where(eq(users.id, challenge.userId)).limit(1);
  const method = user ? await verifySecondFactor(ctx.db, user, input.code, now) : null;
  if (!user || !method) {
    await ctx.db
      .update(signInChallenges)
      .set({ attempts: sql`${signInChallenges.attempts} + 1` })
      .where(eq(signInChallenges.tokenHash, challenge.tokenHash));
    await recordAuditEvent(ctx, {
      action: "sign_in.second_factor_failed",
      actorId: null,
      targetUserId: challenge.userId,
    });
    throw new UnauthenticatedError(WRONG_CODE);
  }

  // Consume the challenge; a concurrent request that already did so wins and this one fails.
  const [consumed] = await ctx.db
    .update(signInChallenges)
    .set({ consumedAt: now })
    .where(
      and(eq(signInChallenges.tokenHash, challenge.tokenHash), isNull(signInChallenges.consumedAt)),
    )
    .returning({ tokenHash: signInChallenges.tokenHash });
  if (!consumed) throw new UnauthenticatedError(EXPIRED_CHALLENGE);

  if (method === "recovery_code") {
    await recordAuditEvent(ctx, {
      action: "two_factor.recovery_code_used",
      actorId: user.id,
      targetUserId: user.id,
    });
  }
  return issueSignInTicket(
    ctx,
    user,
    method === "totp" ? "password+totp" : "password+recovery_code",
    now,
  );
}
