import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { createdAt, id } from "./columns";
import { milestones } from "./contracts";
import { milestoneEventKinds } from "~/shared/statuses";

/**
 * A milestone's history, append-only (a trigger refuses updates): every hand-in with its note
 * and links, every request for changes with its reason, and the approval. The milestone row
 * keeps its latest values for lists; this is where a resubmission leaves the earlier ones.
 */
export const milestoneEvents = sqliteTable(
  "milestone_events",
  {
    id: id(),
    milestoneId: text("milestone_id")
      .notNull()
      .references(() => milestones.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: milestoneEventKinds }).notNull(),
    /** A submission's note. */
    note: text("note"),
    /** A submission's links. */
    links: text("links", { mode: "json" }).$type<string[]>(),
    /** A change request's reason. */
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (table) => [
    index("milestone_events_milestone_idx").on(table.milestoneId, table.createdAt),
    check(
      "milestone_events_kind_check",
      sql`${table.kind} in ('submitted', 'changes_requested', 'approved')`,
    ),
    check(
      "milestone_events_text_check",
      sql`(${table.kind} <> 'submitted' or ${table.note} is not null) and (${table.kind} <> 'changes_requested' or ${table.reason} is not null)`,
    ),
  ],
);

export type MilestoneEvent = typeof milestoneEvents.$inferSelect;
