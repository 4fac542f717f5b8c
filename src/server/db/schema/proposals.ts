import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { projectDurations } from "~/shared/schemas/project";
import { createdAt, id, updatedAt } from "./columns";
import { projects } from "./projects";
import { users } from "./users";
import { proposalStatuses } from "~/shared/statuses";

export const proposals = sqliteTable(
  "proposals",
  {
    id: id(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    freelancerId: text("freelancer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    coverLetter: text("cover_letter").notNull(),
    /** The bid in the project's currency, in minor units. */
    bidMinor: integer("bid_minor").notNull(),
    currency: text("currency").notNull(),
    estimatedDuration: text("estimated_duration", { enum: projectDurations }).notNull(),
    status: text("status", { enum: proposalStatuses }).notNull().default("submitted"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // One proposal per freelancer per project, enforced by the database.
    uniqueIndex("proposals_project_freelancer_unique").on(table.projectId, table.freelancerId),
    index("proposals_freelancer_idx").on(table.freelancerId, table.status),
    check("proposals_bid_check", sql`${table.bidMinor} > 0`),
    check(
      "proposals_status_check",
      sql`${table.status} in ('submitted', 'shortlisted', 'rejected', 'withdrawn', 'accepted', 'declined')`,
    ),
  ],
);
