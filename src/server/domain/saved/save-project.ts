import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { projects } from "~/server/db/schema/projects";
import { savedProjects } from "~/server/db/schema/saved";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { mayViewProject } from "~/server/domain/project/policy";
import { MAX_SAVED, type SaveProjectInput } from "~/shared/schemas/saved";

/**
 * Puts a project on the freelancer's saved list or takes it off. Any project they may see can
 * be saved (it keeps its place once it closes, and the list says so); saving twice is a no-op.
 */
export async function saveProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SaveProjectInput>;
}) {
  const [project] = await ctx.db
    .select({
      id: projects.id,
      publishedAt: projects.publishedAt,
      clientId: projects.clientId,
      hiddenAt: projects.hiddenAt,
    })
    .from(projects)
    .where(eq(projects.id, input.projectId))
    .limit(1);
  if (!project || !mayViewProject(ctx.actor, project))
    throw new NotFoundError(
      "We couldn't find that project. It may have been removed or never existed.",
    );
  const mine = and(eq(savedProjects.userId, ctx.actor.id), eq(savedProjects.projectId, project.id));
  if (!input.saved) {
    await ctx.db.delete(savedProjects).where(mine);
    return { projectId: project.id, saved: false };
  }
  return withTransaction(ctx, async ({ db }) => {
    if ((await db.$count(savedProjects, mine)) > 0) return { projectId: project.id, saved: true };
    if ((await db.$count(savedProjects, eq(savedProjects.userId, ctx.actor.id))) >= MAX_SAVED) {
      throw new ConflictError(
        `You have saved ${MAX_SAVED} projects, the most a list holds. Remove some before saving more.`,
      );
    }
    await db.insert(savedProjects).values({ userId: ctx.actor.id, projectId: project.id });
    return { projectId: project.id, saved: true };
  });
}
