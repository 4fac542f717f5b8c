import "server-only";

import { and, eq, gt, isNull } from "drizzle-orm";

import { createSessionRow } from "./session-rows";
import type { DbOrTx } from "~/server/db/client";
import { hashToken, randomToken } from "~/server/crypto/tokens";
import { signInChallenges } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";

/** Kept here, not in begin-sign-in, so both sign-in steps can use it without a cycle. */
export const SUSPENDED_MESSAGE =
  "This account is suspended. Contact support if you think this is a mistake.";

/** A ticket only has to live from our check to NextAuth's redeeming it, in the same request. */
const TICKET_TTL_MS = 60 * 1000;

/**
 * The last step of every successful sign-in: opens the session row and issues a one-time
 * ticket that NextAuth's Credentials provider redeems to set the session cookie.
 */
export async function issueSignInTicket(
  ctx: DomainContext,
  user: { id: string; status: string },
  method: "password" | "password+totp" | "password+recovery_code" | "sign_up",
  now = new Date(),
) {
  if (user.status !== "active") throw new ForbiddenError(SUSPENDED_MESSAGE);
  const ticket = randomToken();
  await withTransaction(ctx, async (tx) => {
    const sessionId = await createSessionRow(
      tx.db,
      {
        userId: user.id,
        ip: ctx.request?.ip ?? null,
        userAgent: ctx.request?.userAgent ?? null,
        secondFactor: method.startsWith("password+"),
      },
      now,
    );
    await tx.db.insert(signInChallenges).values({
      tokenHash: hashToken(ticket),
      userId: user.id,
      stage: "ticket",
      sessionId,
      expiresAt: new Date(now.getTime() + TICKET_TTL_MS),
      createdAt: now,
    });
    await recordAuditEvent(tx, {
      action: "sign_in.succeeded",
      actorId: user.id,
      targetUserId: user.id,
      detail: { method },
    });
  });
  return ticket;
}

/** Redeems a ticket once; an unknown, used or expired ticket yields null. */
export async function redeemSignInTicket(ctx: DomainContext, ticket: string, now = new Date()) {
  const [challenge] = await ctx.db
    .update(signInChallenges)
    .set({ consumedAt: now })
    .where(
      and(
        eq(signInChallenges.tokenHash, hashToken(ticket)),
        eq(signInChallenges.stage, "ticket"),
        isNull(signInChallenges.consumedAt),
        gt(signInChallenges.expiresAt, now),
      ),
    )
    .returning();
  if (!challenge?.sessionId) return null;
  const [user] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, challenge.userId))
    .limit(1);
  return user ? { ...user, sessionId: challenge.sessionId } : null;
}

/** Ends every sign-in still waiting for its second step or its ticket (suspension, password change or reset). */
export async function cancelPendingSignIns(db: DbOrTx, userId: string, now: Date) {
  await db
    .update(signInChallenges)
    .set({ consumedAt: now })
    .where(and(eq(signInChallenges.userId, userId), isNull(signInChallenges.consumedAt)));
}
