import { asc, eq, sql } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { jobs } from "~/server/db/schema/jobs";
import { notifications, streamEvents } from "~/server/db/schema/notifications";

/** What notifications a person has, in the order they were written (tests pin the clock). */
export function notificationsOf(db: Database, userId: string) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(sql`${notifications}.rowid`);
}

/** The kinds a person was notified of, oldest first. */
export async function kindsOf(db: Database, userId: string) {
  return (await notificationsOf(db, userId)).map((n) => n.kind);
}

/** The job rows of one name, oldest first: the enqueue side of the outbox. */
export function jobsNamed(db: Database, name: string) {
  return db.select().from(jobs).where(eq(jobs.name, name)).orderBy(asc(jobs.createdAt));
}

/** A person's live stream, in order. */
export function streamOf(db: Database, userId: string) {
  return db
    .select()
    .from(streamEvents)
    .where(eq(streamEvents.userId, userId))
    .orderBy(asc(streamEvents.id));
}
