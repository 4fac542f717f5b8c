import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { budgetTypes, experienceLevels, projectDurations } from "~/shared/schemas/project";
import { createdAt, id, timestamp, updatedAt } from "./columns";
import { skills } from "./skills";
import { users } from "./users";
import { projectStatuses } from "~/shared/statuses";

export const projects = sqliteTable(
  "projects",
  {
    id: id(),
    clientId: text("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    description: text("description").notNull(),
    status: text("status", { enum: projectStatuses }).notNull().default("draft"),
    budgetType: text("budget_type", { enum: budgetTypes }).notNull(),
    /** Money is integer minor units (cents) plus an ISO 4217 code; never floats. */
    budgetMinMinor: integer("budget_min_minor").notNull(),
    budgetMaxMinor: integer("budget_max_minor").notNull(),
    currency: text("currency").notNull().default("USD"),
    experienceLevel: text("experience_level", {
      enum: experienceLevels,
    }).notNull(),
    duration: text("duration", { enum: projectDurations }).notNull(),
    deadline: timestamp("deadline"),
    /** Set when the project first opens; the public list orders by it. */
    publishedAt: timestamp("published_at"),
    /** Hidden by an admin (trust and safety): gone for everyone but its author and admins. */
    hiddenAt: timestamp("hidden_at"),
    hiddenReason: text("hidden_reason"),
    /**
     * When the client last changed the brief after publishing it (edits to a draft nobody has
     * seen do not count): freelancers who read it before see that it changed.
     */
    editedAt: timestamp("edited_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // Serves the public list: `where status = 'open' order by published_at desc, id desc`.
    index("projects_status_published_idx").on(table.status, table.publishedAt, table.id),
    // Serves the budget sort: `where status = 'open' order by budget_max_minor desc, id desc`.
    index("projects_status_budget_idx").on(table.status, table.budgetMaxMinor, table.id),
    index("projects_client_idx").on(table.clientId),
    check(
      "projects_status_check",
      sql`${table.status} in ('draft', 'open', 'in_progress', 'completed', 'cancelled')`,
    ),
    check("projects_budget_type_check", sql`${table.budgetType} in ('fixed', 'hourly')`),
    check(
      "projects_budget_range_check",
      sql`${table.budgetMinMinor} >= 0 and ${table.budgetMaxMinor} >= ${table.budgetMinMinor}`,
    ),
    check(
      "projects_currency_check",
      sql`length(${table.currency}) = 3 and ${table.currency} = upper(${table.currency})`,
    ),
    check(
      "projects_published_check",
      sql`${table.status} in ('draft', 'cancelled') or ${table.publishedAt} is not null`,
    ),
  ],
);

export const projectSkills = sqliteTable(
  "project_skills",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    skillId: integer("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "restrict" }),
  },
  (table) => [
    primaryKey({ columns: [table.projectId, table.skillId] }),
    index("project_skills_skill_idx").on(table.skillId),
  ],
);

export type Project = typeof projects.$inferSelect;
