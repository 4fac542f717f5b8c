import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import { notifications } from "~/server/db/schema/notifications";
import { users } from "~/server/db/schema/users";
import { nowOf } from "~/server/domain/clock";
import type { DomainContext } from "~/server/domain/context";
import { sendMail } from "~/server/mail/mailer";
import { listUnsubscribe, notificationEmail } from "./email-templates";
import { emailSettingFor } from "./preferences";

/**
 * Emails one notification, if it is still worth it: unread, not emailed yet, its person still
 * wants this kind at once and may still sign in. It is claimed (`emailedAt` set, only while it
 * is unread and unclaimed) in one statement before sending, so two runs of the job never both
 * send; a send that fails gives the claim back and throws, so the job's retry sends it. Answers
 * whether a message went out.
 */
export async function emailNotification(
  ctx: DomainContext,
  notificationId: string,
): Promise<boolean> {
  const [row] = await ctx.db
    .select({
      userId: notifications.userId,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      email: users.email,
      name: users.name,
      status: users.status,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(notifications.id, notificationId),
        isNull(notifications.readAt),
        isNull(notifications.emailedAt),
      ),
    )
    .limit(1);
  // A suspended person is still told why they were suspended: it is the one email they get.
  if (!row || (row.status !== "active" && row.kind !== "account.status_changed")) return false;
  if ((await emailSettingFor(ctx.db, row.userId, row.kind)) !== "immediately") return false;
  const claimedAt = nowOf(ctx);
  const [claimed] = await ctx.db
    .update(notifications)
    .set({ emailedAt: claimedAt })
    .where(
      and(
        eq(notifications.id, notificationId),
        isNull(notifications.readAt),
        isNull(notifications.emailedAt),
      ),
    )
    .returning({ id: notifications.id });
  if (!claimed) return false;
  try {
    await sendMail({
      to: row.email,
      ...notificationEmail({ name: row.name }, row),
      headers: listUnsubscribe(),
    });
  } catch (error) {
    await ctx.db
      .update(notifications)
      .set({ emailedAt: null })
      .where(and(eq(notifications.id, notificationId), eq(notifications.emailedAt, claimedAt)));
    throw error;
  }
  return true;
}
