import "server-only";

import { eq } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { hiddenNote } from "~/server/domain/moderation/visible-content";
import { mayViewProject } from "./policy";
import { projectSummaryColumns, skillsByProject } from "./project-card";

/**
 * A project as the viewer may see it. A project the viewer may not see (someone
 * else's draft) does not exist for them: NOT_FOUND, never a hint that it does.
 */
export async function getProjectForViewer({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: { id: string };
}) {
  const [row] = await ctx.db
    .select({
      ...projectSummaryColumns,
      createdAt: projects.createdAt,
      hiddenAt: projects.hiddenAt,
      hiddenReason: projects.hiddenReason,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.clientId))
    .where(eq(projects.id, input.id))
    .limit(1);

  if (!row || !mayViewProject(ctx.actor, row)) {
    throw new NotFoundError(
      "We couldn't find that project. It may have been removed or never existed.",
    );
  }

  const tags = await skillsByProject(ctx.db, [row.id]);
  const { hiddenAt: _at, hiddenReason: _reason, ...project } = row;
  return { ...project, hiddenNote: hiddenNote(row), skills: tags.get(row.id) ?? [] };
}
