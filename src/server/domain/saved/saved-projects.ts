import "server-only";

import { and, desc, eq, isNotNull } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { savedProjects } from "~/server/db/schema/saved";
import { users } from "~/server/db/schema/users";
import { type PersonContext } from "~/server/domain/context";
import {
  excerpt,
  projectSummaryColumns,
  skillsByProject,
} from "~/server/domain/project/project-card";
import { listedProjects } from "~/server/domain/moderation/visible-content";

/**
 * The freelancer's saved projects, last saved first, whatever became of them: a project that
 * closed stays on the list with its status, so a person knows why it went quiet.
 */
export async function listSavedProjects({ ctx }: { ctx: PersonContext }) {
  const rows = await ctx.db
    .select({ ...projectSummaryColumns, savedAt: savedProjects.createdAt })
    .from(savedProjects)
    .innerJoin(projects, eq(projects.id, savedProjects.projectId))
    .innerJoin(users, eq(users.id, projects.clientId))
    // Only published projects can be saved; this keeps a never-published one out regardless.
    // A hidden one is gone from the list until an admin restores it.
    .where(
      and(
        eq(savedProjects.userId, ctx.actor.id),
        isNotNull(projects.publishedAt),
        listedProjects(),
      ),
    )
    .orderBy(desc(savedProjects.createdAt));
  const tags = await skillsByProject(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    description: excerpt(row.description),
    skills: tags.get(row.id) ?? [],
  }));
}

/** Just the ids, so every Save button on a page can show its state from one small read. */
export async function savedProjectIds({ ctx }: { ctx: PersonContext }) {
  const rows = await ctx.db
    .select({ id: savedProjects.projectId })
    .from(savedProjects)
    .where(eq(savedProjects.userId, ctx.actor.id));
  return rows.map((row) => row.id);
}
