import "server-only";

import { and, eq } from "drizzle-orm";

import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { consumeEmailLink, createEmailLink, mailEmailLink } from "./email-links";

export const INVALID_LINK = "This link is invalid or has expired. Request a new one.";

/** Marks the address verified, if it is still the account's address. */
export async function verifyEmail({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: DomainContext;
  input: { token: string };
  now?: Date;
}) {
  return withTransaction(ctx, async (tx) => {
    const link = await consumeEmailLink(tx, input.token, "verify_email", now);
    if (!link) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    const [user] = await tx.db
      .update(users)
      .set({ emailVerified: now })
      .where(and(eq(users.id, link.userId), eq(users.email, link.email)))
      .returning({ id: users.id, email: users.email });
    if (!user) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    await recordAuditEvent(tx, {
      action: "email.verified",
      actorId: user.id,
      targetUserId: user.id,
      detail: { email: user.email },
    });
    return { email: user.email };
  });
}

/** Sends a fresh verification link to the signed-in user's address. */
export async function resendVerification({ ctx }: { ctx: PersonContext }) {
  const [user] = await ctx.db
    .select({ id: users.id, email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(eq(users.id, ctx.actor.id))
    .limit(1);
  if (!user) throw new ConflictError("Your account could not be found.");
  if (user.emailVerified) throw new ConflictError("Your email address is already verified.");
  await withTransaction(ctx, async (tx) => {
    await recordAuditEvent(tx, {
      action: "email.verification_sent",
      actorId: user.id,
      targetUserId: user.id,
    });
    await mailEmailLink(tx, await createEmailLink(tx, user, "verify_email"));
  });
  return { email: user.email };
}
