import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp } from "./columns";
import { users } from "./users";
import { dataExportStatuses } from "~/shared/statuses";

/**
 * A person's request for a copy of everything Guild holds about them. A job gathers it into a
 * zip in the file store (`storage_key`), the person is notified, and only they may download
 * it until `expires_at`; the retention job then deletes the bytes and the row.
 */
export const dataExports = sqliteTable(
  "data_exports",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: dataExportStatuses }).notNull().default("requested"),
    storageKey: text("storage_key"),
    size: integer("size"),
    createdAt: createdAt(),
    readyAt: timestamp("ready_at"),
    expiresAt: timestamp("expires_at"),
  },
  (table) => [
    index("data_exports_user_idx").on(table.userId, table.createdAt),
    index("data_exports_expiry_idx").on(table.expiresAt),
    check("data_exports_status_check", sql`${table.status} in ('requested', 'ready', 'failed')`),
  ],
);
