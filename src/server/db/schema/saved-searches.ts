import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { users } from "./users";
import { savedSearchAlerts } from "~/shared/schemas/saved-search";

/**
 * A `/projects` search a person keeps, with its words and filters as in the URL, and how
 * they want to hear of new projects that match it.
 */
export const savedSearches = sqliteTable(
  "saved_searches",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The search's URL query string, normalised (`q=…&skills=…`), without paging. */
    query: text("query").notNull(),
    alert: text("alert", { enum: savedSearchAlerts }).notNull(),
    /** Projects published after this have not been matched against it yet. */
    matchedUntil: timestamp("matched_until").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("saved_searches_user_idx").on(table.userId, table.createdAt),
    index("saved_searches_alert_idx").on(table.alert),
    check("saved_searches_alert_check", sql`${table.alert} in ('instantly', 'daily', 'never')`),
  ],
);
