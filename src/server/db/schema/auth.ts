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

import { createdAt, timestamp } from "./columns";
import { users } from "./users";

/**
 * One row per signed-in device. The session cookie (a NextAuth JWT) carries only this id;
 * every request checks the row, so revoking it ends the session on its next request.
 */
export const userSessions = sqliteTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
    /** Absolute end: a session never outlives this, however active. */
    expiresAt: timestamp("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    revokedAt: timestamp("revoked_at"),
    revokedReason: text("revoked_reason"),
    /** When this session proved a second factor (at sign-in, or by confirming 2FA setup); admin tools need it. */
    secondFactorAt: timestamp("second_factor_at"),
  },
  (table) => [index("user_sessions_user_idx").on(table.userId, table.revokedAt)],
);

export const emailTokenPurposes = ["verify_email", "reset_password", "change_email"] as const;
export type EmailTokenPurpose = (typeof emailTokenPurposes)[number];

/** Single-use links sent by email; only a SHA-256 of the token is stored. */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: emailTokenPurposes }).notNull(),
    /**
     * The address the link was sent to: verifying proves ownership of this one. For
     * `change_email` it is the new address, which replaces the account's once confirmed.
     */
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    createdAt: createdAt(),
  },
  (table) => [
    index("email_tokens_user_idx").on(table.userId, table.purpose),
    check(
      "email_tokens_purpose_check",
      sql`${table.purpose} in ('verify_email', 'reset_password', 'change_email')`,
    ),
  ],
);

export const signInChallengeStages = ["second_factor", "ticket"] as const;

/**
 * Short-lived, single-use steps of a sign-in: `second_factor` after a correct password,
 * awaiting a code; `ticket` once every check passed, redeemed by NextAuth's Credentials
 * provider to mint the session cookie. Only a SHA-256 of the token is stored.
 */
export const signInChallenges = sqliteTable(
  "sign_in_challenges",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stage: text("stage", { enum: signInChallengeStages }).notNull(),
    /** For a ticket: the session row it will bind the cookie to. */
    sessionId: text("session_id"),
    attempts: integer("attempts").notNull().default(0),
    expiresAt: timestamp("expires_at").notNull(),
    consumedAt: timestamp("consumed_at"),
    createdAt: createdAt(),
  },
  (table) => [
    check("sign_in_challenges_stage_check", sql`${table.stage} in ('second_factor', 'ticket')`),
  ],
);

/**
 * Consecutive failed attempts per key: `sign_in:<email>` (whether or not an account has the
 * address, so a lockout reveals nothing) and `second_factor:<userId>`. An attempt takes its
 * slot before it is checked, so parallel guesses cannot slip past the limit.
 */
export const attemptThrottles = sqliteTable("attempt_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lockedUntil: timestamp("locked_until"),
  updatedAt: timestamp("updated_at").notNull(),
});

export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    usedAt: timestamp("used_at"),
    createdAt: createdAt(),
  },
  (table) => [index("recovery_codes_user_idx").on(table.userId)],
);

/** OAuth accounts linked to a user, in the shape the Auth.js Drizzle adapter expects. */
export const accounts = sqliteTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (table) => [
    primaryKey({ columns: [table.provider, table.providerAccountId] }),
    uniqueIndex("accounts_user_provider_unique").on(table.userId, table.provider),
  ],
);

/**
 * Append-only security trail. Triggers in the migration refuse UPDATE and DELETE, so not
 * even a bug in the app can rewrite history; the one exception is redaction (migration 0027),
 * which may blank the personal fields once and touch nothing else.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /**
     * Who did it; null for an anonymous actor (e.g. a failed sign-in for an unknown email).
     * A plain id, not a foreign key: history must outlive the rows it mentions.
     */
    actorId: text("actor_id"),
    action: text("action").notNull(),
    /** Whose account or which record it concerns. */
    targetType: text("target_type"),
    targetId: text("target_id"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    requestId: text("request_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    /**
     * When personal data in `detail`, `ip` and `user_agent` was erased (an account deleted, or
     * the retention period passed). The one update the append-only triggers allow, once.
     */
    redactedAt: timestamp("redacted_at"),
  },
  (table) => [
    index("audit_events_actor_idx").on(table.actorId, table.createdAt),
    index("audit_events_target_idx").on(table.targetType, table.targetId, table.createdAt),
  ],
);
