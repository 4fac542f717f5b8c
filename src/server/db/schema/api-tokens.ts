import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import type { ApiScope } from "~/shared/api-scopes";
import { createdAt, id, timestamp } from "./columns";
import { users } from "./users";

/**
 * Personal access tokens. The token itself is shown once and never stored: only its keyed
 * hash (HMAC-SHA256 under a key derived from AUTH_SECRET), so a leaked table cannot be
 * tried against the API, plus the first characters people recognise it by.
 */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** `guild_pat_` and the first characters after it, shown in lists to tell tokens apart. */
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    scopes: text("scopes", { mode: "json" }).$type<ApiScope[]>().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at").notNull(),
    /** Written at most once a minute, so most requests only read. */
    lastUsedAt: timestamp("last_used_at"),
    lastUsedIp: text("last_used_ip"),
    revokedAt: timestamp("revoked_at"),
    /** Who revoked it: its owner, or an admin. */
    revokedBy: text("revoked_by"),
  },
  (table) => [
    uniqueIndex("api_tokens_hash_idx").on(table.tokenHash),
    index("api_tokens_user_idx").on(table.userId, table.createdAt),
  ],
);
