import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { userRoles, userStatuses } from "~/shared/statuses";

/**
 * One row per person. Column names for `name`, `email`, `emailVerified` and `image`
 * follow what the Auth.js Drizzle adapter expects, so identity can plug in without a rebuild.
 */
export const users = sqliteTable(
  "users",
  {
    id: id(),
    name: text("name").notNull(),
    /** Stored trimmed and lower-cased; unique. */
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified"),
    image: text("image"),
    role: text("role", { enum: userRoles }).notNull(),
    status: text("status", { enum: userStatuses }).notNull().default("active"),
    /** argon2id PHC string; null for an account that has only ever signed in through OAuth. */
    passwordHash: text("password_hash"),
    /** TOTP secret, AES-256-GCM encrypted with a key derived from AUTH_SECRET. */
    twoFactorSecret: text("two_factor_secret"),
    /** A secret being set up, not yet confirmed with a code. */
    twoFactorPendingSecret: text("two_factor_pending_secret"),
    twoFactorEnabledAt: timestamp("two_factor_enabled_at"),
    /** The last TOTP time step accepted: a code is never accepted twice. */
    twoFactorLastStep: integer("two_factor_last_step"),
    /** An IANA zone, set from the browser; daily digests go out at 08:00 here. */
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Their public profile hidden by an admin: gone for everyone but them and admins. */
    profileHiddenAt: timestamp("profile_hidden_at"),
    profileHiddenReason: text("profile_hidden_reason"),
    /** An admin asked for a new password: signing in with the old one is refused until then. */
    passwordResetRequiredAt: timestamp("password_reset_required_at"),
    /** The person deleted their account: this row is anonymised and kept for what others depend on. */
    deletedAt: timestamp("deleted_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("users_email_unique").on(table.email),
    index("users_role_idx").on(table.role),
    check("users_role_check", sql`${table.role} in ('client', 'freelancer', 'admin')`),
    check("users_status_check", sql`${table.status} in ('active', 'suspended')`),
    check("users_email_lower_check", sql`${table.email} = lower(trim(${table.email}))`),
  ],
);

export type User = typeof users.$inferSelect;
