import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { invitationStatuses } from "~/shared/statuses";
import { createdAt, id, timestamp } from "./columns";
import { projects } from "./projects";
import { users } from "./users";

/**
 * A client asking one freelancer to propose to one of their open projects. One invitation per
 * project and freelancer, whatever became of it: a declined invitation is an answer, not an
 * opening to ask again.
 */
export const projectInvitations = sqliteTable(
  "project_invitations",
  {
    id: id(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The project's client when they invited (projects never change hands). */
    clientId: text("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    freelancerId: text("freelancer_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** What the client wrote with it, as typed; null when they wrote nothing. */
    message: text("message"),
    status: text("status", { enum: invitationStatuses }).notNull().default("pending"),
    /** Why the freelancer declined, when they said; the client reads it. */
    declineReason: text("decline_reason"),
    createdAt: createdAt(),
    answeredAt: timestamp("answered_at"),
  },
  (table) => [
    uniqueIndex("project_invitations_project_freelancer_unique").on(
      table.projectId,
      table.freelancerId,
    ),
    // Serves the freelancer's dashboard: their pending invitations, newest first.
    index("project_invitations_freelancer_idx").on(
      table.freelancerId,
      table.status,
      table.createdAt,
    ),
    check(
      "project_invitations_status_check",
      sql`${table.status} in ('pending', 'proposed', 'declined')`,
    ),
  ],
);

export type ProjectInvitation = typeof projectInvitations.$inferSelect;
