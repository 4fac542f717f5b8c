import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp } from "./columns";
import { users } from "./users";
import { emailSettings, notificationKinds } from "~/shared/notifications";

/**
 * What a person should know about, written in the same transaction as the change. The pair
 * (user, event key) is unique: one event never notifies the same person twice.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    /** Names the event, e.g. `proposal.received:<proposal id>`. */
    eventKey: text("event_key").notNull(),
    /** One sentence, written when the event happens. */
    title: text("title").notNull(),
    /** A short quote or detail, if any. */
    body: text("body"),
    /** The page of the thing it is about. */
    href: text("href").notNull(),
    readAt: timestamp("read_at"),
    /** When an email carried it (at once or in a digest); null while none has. */
    emailedAt: timestamp("emailed_at"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("notifications_event_unique").on(table.userId, table.eventKey),
    index("notifications_user_idx").on(table.userId, table.createdAt, table.id),
    index("notifications_unread_idx")
      .on(table.userId, table.createdAt)
      .where(sql`${table.readAt} is null`),
    index("notifications_read_idx").on(table.readAt),
  ],
);

/** Email per kind; in-app is always on. A missing row means the default. */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    email: text("email", { enum: emailSettings }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.kind] }),
    check(
      "notification_preferences_email_check",
      sql`${table.email} in ('immediately', 'daily', 'off')`,
    ),
  ],
);

/**
 * The ordered log behind the live event stream: a reconnecting tab resumes after the last
 * id it saw, so nothing is lost or repeated. Kept for a day.
 */
export const streamEvents = sqliteTable(
  "stream_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id").notNull(),
    type: text("type").notNull(),
    data: text("data", { mode: "json" }).notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (table) => [index("stream_events_user_idx").on(table.userId, table.id)],
);
