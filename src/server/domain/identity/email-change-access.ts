import "server-only";

import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { emailTokens } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { RateLimitedError } from "~/server/domain/errors";
import { createEmailLink, mailEmailLink } from "./email-links";

const HOUR = 60 * 60 * 1000;

/** Links to a new address an account may ask for (first requests and resends) per hour. */
export const EMAIL_CHANGE_BUDGET = { requests: 5, windowMs: HOUR };

const utcTime = (date: Date) => date.toISOString().slice(11, 16);

/** The change of address waiting for its link to be opened, if any (at most one is live). */
export async function pendingEmailChange(db: DbOrTx, userId: string, now = new Date()) {
  const [pending] = await db
    .select({
      email: emailTokens.email,
      sentAt: emailTokens.createdAt,
      expiresAt: emailTokens.expiresAt,
    })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, "change_email"),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .orderBy(desc(emailTokens.createdAt))
    .limit(1);
  return pending ?? null;
}

/**
 * Refuses a request beyond the account's hourly budget, so nobody can make Guild flood an
 * inbox. Every request leaves a token row (even one that sent nothing), so the rows are the
 * count; run it in the transaction that adds the next row.
 */
export async function assertEmailChangeBudget(db: DbOrTx, userId: string, now: Date) {
  const recent = await db
    .select({ createdAt: emailTokens.createdAt })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, "change_email"),
        gt(emailTokens.createdAt, new Date(now.getTime() - EMAIL_CHANGE_BUDGET.windowMs)),
      ),
    )
    .orderBy(asc(emailTokens.createdAt));
  if (recent.length < EMAIL_CHANGE_BUDGET.requests) return;
  const retryAt = new Date(recent[0]!.createdAt.getTime() + EMAIL_CHANGE_BUDGET.windowMs);
  throw new RateLimitedError(
    `You've asked for several email changes in the last hour. Try again after ${utcTime(retryAt)} UTC.`,
    retryAt,
  );
}

/** Whether an account other than `userId` has this address. */
export async function addressTaken(db: DbOrTx, email: string, userId: string) {
  const [holder] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return holder !== undefined && holder.id !== userId;
}

/** "n***@example.com": enough for the owner to recognise, too little to harvest from a mailbox. */
export function maskEmail(email: string) {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** Issues the link (replacing any earlier one) within the hourly budget, and mails it if the address is free. */
export async function sendEmailChangeLink(
  ctx: PersonContext,
  { id, newEmail }: { id: string; newEmail: string },
  action: "email.change_requested" | "email.change_resent",
  now: Date,
) {
  await withTransaction(ctx, async (tx) => {
    await assertEmailChangeBudget(tx.db, id, now);
    const issued = await createEmailLink(tx, { id, email: newEmail }, "change_email", now);
    await recordAuditEvent(tx, { action, actorId: id, targetUserId: id, detail: { newEmail } });
    // An address that is taken gets no mail; the answer is the same, so it is not revealed.
    if (!(await addressTaken(tx.db, newEmail, id))) await mailEmailLink(tx, issued);
  });
  return (await pendingEmailChange(ctx.db, id, now))!;
}
