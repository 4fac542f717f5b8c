import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { timestamp } from "./columns";

/**
 * Every change to the marketplace's records (projects, proposals, contracts, milestones,
 * hourly weeks and entries, reviews, profiles, accounts), written by triggers in the same
 * transaction as the change (see `db/audit/audited-tables.ts`): who, what, the fields before
 * and after, the request and the time. Append-only; plain ids, no foreign keys.
 */
export const dataChanges = sqliteTable(
  "data_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** A person's id, `system:<job>`, or null when the change came from no actor (a script). */
    actor: text("actor"),
    /** The table. */
    subjectType: text("subject_type").notNull(),
    /** The row's key (`a:b` for a two-column key). */
    subjectId: text("subject_id").notNull(),
    action: text("action", { enum: ["insert", "update", "delete"] }).notNull(),
    /** `{ field: [before, after] }` for each recorded field that changed. */
    changes: text("changes", { mode: "json" }).$type<Record<string, [unknown, unknown]>>(),
    requestId: text("request_id"),
    createdAt: timestamp("created_at").notNull(),
  },
  (table) => [
    index("data_changes_subject_idx").on(table.subjectType, table.subjectId, table.id),
    index("data_changes_actor_idx").on(table.actor, table.id),
  ],
);

/**
 * Who is acting in the transaction that is open now: written first and removed last by
 * `withTransaction`, read by the audit triggers. SQLite runs one write transaction at a
 * time, so the one row is always the open transaction's own.
 */
export const auditContext = sqliteTable("audit_context", {
  id: integer("id").primaryKey(),
  actor: text("actor"),
  requestId: text("request_id"),
  at: integer("at"),
});
