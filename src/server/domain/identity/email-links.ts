import "server-only";

import { and, eq, gt, isNull } from "drizzle-orm";

import { env } from "~/env";
import { encryptSecret, hashToken, randomToken } from "~/server/crypto/tokens";
import { emailTokens, type EmailTokenPurpose } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import type { OutgoingMail } from "~/server/mail/mailer";

const HOUR = 60 * 60 * 1000;
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 24 * HOUR,
  reset_password: 1 * HOUR,
  change_email: 24 * HOUR,
};

function linkTo(ctx: DomainContext, path: string, token: string) {
  const origin = env.APP_URL ?? ctx.request?.origin ?? "http://localhost:3000";
  const url = new URL(path, origin);
  url.searchParams.set("token", token);
  return url.toString();
}

const messages: Record<
  EmailTokenPurpose,
  { path: string; subject: string; body: (link: string) => string }
> = {
  verify_email: {
    path: "/verify-email",
    subject: "Confirm your email for Guild",
    body: (link) =>
      `Welcome to Guild!\n\nConfirm your email address by opening this link (it works once, for 24 hours):\n\n${link}\n\nIf you didn't create a Guild account, you can ignore this message.\n`,
  },
  reset_password: {
    path: "/reset-password",
    subject: "Reset your Guild password",
    body: (link) =>
      `Someone (hopefully you) asked to reset the password of your Guild account.\n\nChoose a new password here (the link works once, for 1 hour):\n\n${link}\n\nIf you didn't ask, ignore this message: your password stays as it is.\n`,
  },
  change_email: {
    path: "/confirm-email-change",
    subject: "Confirm your new email address for Guild",
    body: (link) =>
      `Someone (hopefully you) asked to use this address for their Guild account.\n\nConfirm it by opening this link (it works once, for 24 hours):\n\n${link}\n\nUntil you do, the account keeps its current address. If you didn't ask, ignore this message: nothing changes.\n`,
  },
};

/**
 * Issues a single-use link for `purpose`, replacing any unused one. Only the token's hash
 * is stored; the token itself exists only in the message `mailEmailLink` sends.
 */
export async function createEmailLink(
  ctx: DomainContext,
  user: { id: string; email: string },
  purpose: EmailTokenPurpose,
  now = new Date(),
) {
  const token = randomToken();
  // A resent verification or email-change link replaces the last one (only the account's
  // owner can ask for those). Reset links are not replaced: anyone may request one for any
  // address, and must not be able to keep killing the owner's link.
  if (purpose !== "reset_password") await expireEmailLinks(ctx, user.id, purpose, now);
  await ctx.db.insert(emailTokens).values({
    tokenHash: hashToken(token),
    userId: user.id,
    purpose,
    email: user.email,
    expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]),
    createdAt: now,
  });
  return { to: user.email, purpose, url: linkTo(ctx, messages[purpose].path, token) };
}

export type EmailLink = Awaited<ReturnType<typeof createEmailLink>>;

export async function expireEmailLinks(
  ctx: DomainContext,
  userId: string,
  purpose: EmailTokenPurpose,
  now: Date,
) {
  await ctx.db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.userId, userId),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
      ),
    );
}

/**
 * Mails a link made by `createEmailLink`, by a job written in the same transaction: a failing
 * mail server is retried, and a rolled-back change sends nothing. The job holds the link
 * sealed, never a usable token.
 */
export async function mailEmailLink(ctx: DomainContext, link: EmailLink) {
  await enqueueJob(ctx, "mail.email_link", {
    purpose: link.purpose,
    to: link.to,
    sealedUrl: encryptSecret(link.url),
  });
}

/** The message for a link, once the job has unsealed it. */
export function emailLinkMessage(
  purpose: EmailTokenPurpose,
  to: string,
  url: string,
): OutgoingMail {
  const message = messages[purpose];
  return { to, subject: message.subject, text: message.body(url) };
}

/** Mails a message with no secret in it, by a job written in the caller's transaction. */
export async function enqueueMail(ctx: DomainContext, mail: OutgoingMail, kind: string) {
  await enqueueJob(ctx, "mail.send", { ...mail, kind });
}

/**
 * The account a link belongs to, if the link could still be used, without using it (a cheap
 * check before costly work). Unknown, used and expired links answer null.
 */
export async function liveEmailLinkOwner(
  ctx: DomainContext,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
) {
  const [row] = await ctx.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(emailTokens)
    .innerJoin(users, eq(users.id, emailTokens.userId))
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Marks a link used and returns its row, in one statement so two clicks cannot both win.
 * Unknown, used and expired links all answer null.
 */
export async function consumeEmailLink(
  ctx: DomainContext,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
) {
  const [row] = await ctx.db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
      ),
    )
    .returning();
  if (!row || row.expiresAt <= now) return null;
  return row;
}
