import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { createdAt, timestamp } from "./columns";

/**
 * Answers kept for `Idempotency-Key` requests: the first request with a key claims the row
 * (`running`), runs, and stores its answer (`done`); a repeat with the same key and body gets
 * that answer again, for 24 hours. Keys are per caller, so one caller cannot read another's.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    /** Who sent it: a person's id (their token or session), never shared across people. */
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of the method, path and body: the same key with another request is refused. */
    fingerprint: text("fingerprint").notNull(),
    state: text("state", { enum: ["running", "done"] }).notNull(),
    status: integer("status"),
    body: text("body"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.scope, table.key] }),
    index("idempotency_keys_expiry_idx").on(table.expiresAt),
  ],
);
