import "server-only";

import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { z } from "zod";

import { hashToken } from "~/server/crypto/tokens";
import { signInChallenges } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { ForbiddenError, InvalidError, UnauthenticatedError } from "~/server/domain/errors";
import type { SecondFactorInput } from "~/shared/schemas/identity";
import { SECOND_FACTOR_POLICY, secondFactorKey, throttledAttempt } from "./attempt-throttle";
import { verifySecondFactor } from "./second-factor";
import { issueSignInTicket, SUSPENDED_MESSAGE } from "./sign-in-ticket";

/** Wrong codes allowed on one sign-in attempt (the account as a whole has SECOND_FACTOR_POLICY). */
export const MAX_CODE_ATTEMPTS_PER_CHALLENGE = 5;

export const EXPIRED_CHALLENGE =
  "This sign-in has expired. Please enter your email and password again.";
export const WRONG_CODE = "That code didn't work. Check your authenticator app and try again.";

/**
 * The second sign-in step: a code for a challenge issued after a correct password. Every
 * attempt takes its slot first (on the challenge and on the account), so parallel guesses
 * cannot exceed either limit. Success yields a ticket for a session that proved 2FA.
 */
export async function completeSecondFactor({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: DomainContext;
  input: z.output<typeof SecondFactorInput>;
  now?: Date;
}): Promise<string> {
  const tokenHash = hashToken(input.challenge);
  const [challenge] = await ctx.db
    .update(signInChallenges)
    .set({ attempts: sql`${signInChallenges.attempts} + 1` })
    .where(
      and(
        eq(signInChallenges.tokenHash, tokenHash),
        eq(signInChallenges.stage, "second_factor"),
        isNull(signInChallenges.consumedAt),
        gt(signInChallenges.expiresAt, now),
        lt(signInChallenges.attempts, MAX_CODE_ATTEMPTS_PER_CHALLENGE),
      ),
    )
    .returning();
  // Like an expired email link: the input is stale, the person starts the step again.
  if (!challenge) throw new InvalidError(EXPIRED_CHALLENGE, { challenge: [EXPIRED_CHALLENGE] });

  const [user] = await ctx.db.select().from(users).where(eq(users.id, challenge.userId)).limit(1);
  if (!user) throw new InvalidError(EXPIRED_CHALLENGE, { challenge: [EXPIRED_CHALLENGE] });
  // Suspended since the password step: no session, whatever the code.
  if (user.status !== "active") throw new ForbiddenError(SUSPENDED_MESSAGE);

  const ticket = await throttledAttempt(
    ctx,
    { key: secondFactorKey(user.id), policy: SECOND_FACTOR_POLICY, now },
    () =>
      withTransaction(ctx, async (tx) => {
        const method = await verifySecondFactor(tx.db, user, input.code, now);
        if (!method) return null;
        const [consumed] = await tx.db
          .update(signInChallenges)
          .set({ consumedAt: now })
          .where(
            and(eq(signInChallenges.tokenHash, tokenHash), isNull(signInChallenges.consumedAt)),
          )
          .returning({ tokenHash: signInChallenges.tokenHash });
        if (!consumed)
          throw new InvalidError(EXPIRED_CHALLENGE, { challenge: [EXPIRED_CHALLENGE] });
        if (method === "recovery_code") {
          await recordAuditEvent(tx, {
            action: "two_factor.recovery_code_used",
            actorId: user.id,
            targetUserId: user.id,
          });
        }
        const via = method === "totp" ? "password+totp" : "password+recovery_code";
        return issueSignInTicket(tx, user, via, now);
      }),
    (tx) =>
      recordAuditEvent(tx, {
        action: "sign_in.second_factor_failed",
        actorId: null,
        targetUserId: user.id,
      }),
  );
  if (!ticket) throw new UnauthenticatedError(WRONG_CODE);
  return ticket;
}
