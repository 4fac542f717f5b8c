import "server-only";

import { and, eq } from "drizzle-orm";

import { env } from "~/env";
import { users } from "~/server/db/schema/users";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { formatDateTime } from "~/shared/format/labels";
import { addressTaken, maskEmail } from "./email-change-access";
import { consumeEmailLink, enqueueMail, expireEmailLinks } from "./email-links";
import { revokeUserSessions } from "./session-rows";
import { INVALID_LINK } from "./verify-email";

export const ADDRESS_TAKEN =
  "Another Guild account uses this address now, so your email was not changed. Sign in and ask for the change with another address.";

/**
 * Opening the link sent to the new address (signed in or not) makes it the account's address,
 * verified. Every other session ends, as after a password change: whoever holds one must sign
 * in again with the new address. The session that opened the link, if it is the account's,
 * stays. Links mailed to the old address (verification, reset) stop working, and the old
 * address is told, with what to do if this wasn't its owner.
 */
export async function confirmEmailChange({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: DomainContext;
  input: { token: string };
  now?: Date;
}) {
  const changed = await withTransaction(ctx, async (tx) => {
    const link = await consumeEmailLink(tx, input.token, "change_email", now);
    if (!link) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    const [user] = await tx.db
      .select({ id: users.id, email: users.email, status: users.status })
      .from(users)
      .where(eq(users.id, link.userId))
      .limit(1);
    if (!user || user.status !== "active")
      throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    // Rolls back the link's use too: it may work later, once the address is free again.
    if (await addressTaken(tx.db, link.email, user.id)) throw new ConflictError(ADDRESS_TAKEN);

    const [updated] = await tx.db
      .update(users)
      .set({ email: link.email, emailVerified: now })
      .where(and(eq(users.id, user.id), eq(users.email, user.email)))
      .returning({ id: users.id });
    if (!updated) throw new InvalidError(INVALID_LINK, { token: [INVALID_LINK] });
    await expireEmailLinks(tx, user.id, "verify_email", now);
    await expireEmailLinks(tx, user.id, "reset_password", now);
    await expireEmailLinks(tx, user.id, "change_email", now);
    const actor = ctx.actor?.kind === "person" && ctx.actor.id === user.id ? ctx.actor : null;
    const revoked = await revokeUserSessions(tx.db, user.id, "email_changed", {
      except: actor?.sessionId,
      now,
    });
    await recordAuditEvent(tx, {
      action: "email.changed",
      actorId: user.id,
      targetUserId: user.id,
      detail: { from: user.email, to: link.email, otherSessionsRevoked: revoked },
    });
    await enqueueMail(
      tx,
      {
        to: user.email,
        subject: "Your Guild email address was changed",
        text: oldAddressNotice(link.email, now),
      },
      "email_changed_notice",
    );
    return { oldEmail: user.email, newEmail: link.email, signedIn: actor !== null };
  });

  return { email: changed.newEmail, signedIn: changed.signedIn };
}

function oldAddressNotice(newEmail: string, when: Date) {
  return `The email address of your Guild account was changed to ${maskEmail(newEmail)} on ${formatDateTime(when)}. From now on you sign in with the new address, and Guild writes to it instead of this one.

If this was you, there is nothing more to do.

If it wasn't you, someone who knew your password has changed it. Write to ${env.SUPPORT_EMAIL} right away, quoting this message, and we will help you take your account back. Once you can sign in again, reset your password (Forgot password? on the sign-in page) and turn on two-factor authentication under Account, Security.
`;
}
