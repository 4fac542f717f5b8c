import { index, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { createdAt } from "./columns";
import { projects } from "./projects";
import { users } from "./users";

/** Projects a freelancer keeps to come back to; only they see the list. */
export const savedProjects = sqliteTable(
  "saved_projects",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.projectId] }),
    index("saved_projects_user_idx").on(table.userId, table.createdAt),
  ],
);

/** Freelancers a client keeps to come back to; only they see the list. */
export const savedFreelancers = sqliteTable(
  "saved_freelancers",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    freelancerId: text("freelancer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.freelancerId] }),
    index("saved_freelancers_user_idx").on(table.userId, table.createdAt),
  ],
);
