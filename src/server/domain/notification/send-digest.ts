import "server-only";

import { and, desc, eq, inArray, isNull } from "drizzle-orm";

import { notificationPreferences, notifications } from "~/server/db/schema/notifications";
import { users } from "~/server/db/schema/users";
import { nowOf } from "~/server/domain/clock";
import type { DomainContext } from "~/server/domain/context";
import { sendMail } from "~/server/mail/mailer";
import { digestEmail, listUnsubscribe } from "./email-templates";

/** More than this waiting: the digest names the newest and links to the rest. */
const DIGEST_MAX_ITEMS = 50;

/**
 * One person's daily digest for `day` (their local YYYY-MM-DD, which named the job): what is
 * still unread and not yet emailed, of the kinds they get daily. Nothing is sent when nothing
 * waits. The notifications are claimed (`emailedAt`) before sending, so a retry never sends
 * them twice; a send that fails gives them back and throws. Answers how many it carried.
 */
export async function sendDigest(
  ctx: DomainContext,
  { userId }: { userId: string; day: string },
): Promise<number> {
  const [person] = await ctx.db
    .select({ email: users.email, name: users.name, status: users.status })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!person || person.status !== "active") return 0;
  const unsent = and(
    eq(notifications.userId, userId),
    isNull(notifications.readAt),
    isNull(notifications.emailedAt),
  );
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
    })
    .from(notifications)
    .innerJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, notifications.userId),
        eq(notificationPreferences.kind, notifications.kind),
        eq(notificationPreferences.email, "daily"),
      ),
    )
    .where(unsent)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(DIGEST_MAX_ITEMS);
  if (rows.length === 0) return 0;
  const claimedAt = nowOf(ctx);
  const claimed = await ctx.db
    .update(notifications)
    .set({ emailedAt: claimedAt })
    .where(
      and(
        unsent,
        inArray(
          notifications.id,
          rows.map((row) => row.id),
        ),
      ),
    )
    .returning({ id: notifications.id });
  const carried = new Set(claimed.map((row) => row.id));
  const items = rows.filter((row) => carried.has(row.id));
  if (items.length === 0) return 0;
  try {
    await sendMail({
      to: person.email,
      ...digestEmail({ name: person.name }, items),
      headers: listUnsubscribe(),
    });
  } catch (error) {
    await ctx.db
      .update(notifications)
      .set({ emailedAt: null })
      .where(and(inArray(notifications.id, [...carried]), eq(notifications.emailedAt, claimedAt)));
    throw error;
  }
  return items.length;
}
