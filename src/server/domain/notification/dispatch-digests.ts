import "server-only";

import { and, eq, isNull, sql } from "drizzle-orm";

import { notificationPreferences, notifications } from "~/server/db/schema/notifications";
import { users } from "~/server/db/schema/users";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { digestDue } from "./digest-window";

/**
 * Enqueues today's digest for everyone whose local time is in the 08:00 hour and who has
 * something unread and not yet emailed of a kind they get daily. The key (person and their
 * local day) makes it once a day however often this runs. Answers how many it enqueued.
 */
export async function dispatchDigests(ctx: DomainContext, now: Date): Promise<number> {
  // Only kinds set to daily have a row saying so (the default is at once): the scan starts at
  // those choices and asks the unread index of each person whether anything waits.
  const waiting = await ctx.db
    .selectDistinct({ userId: users.id, timeZone: users.timeZone })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(
      and(
        eq(notificationPreferences.email, "daily"),
        eq(users.status, "active"),
        sql`exists (select 1 from ${notifications} where ${and(
          eq(notifications.userId, notificationPreferences.userId),
          isNull(notifications.readAt),
          eq(notifications.kind, notificationPreferences.kind),
          isNull(notifications.emailedAt),
        )})`,
      ),
    );
  const due = waiting.flatMap((person) => {
    const day = digestDue(now, person.timeZone);
    return day ? [{ userId: person.userId, day }] : [];
  });
  if (due.length === 0) return 0;
  return withTransaction(ctx, async (tx) => {
    let enqueued = 0;
    for (const { userId, day } of due) {
      const id = await enqueueJob(
        tx,
        "notification.digest",
        { userId, day },
        { dedupeKey: `digest:${userId}:${day}` },
      );
      if (id) enqueued++;
    }
    return enqueued;
  });
}
