import "server-only";

import { and, eq } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { canTransition } from "./policy";
import { loadOwnProject } from "./project-access";
import { type ProjectStatus } from "~/shared/statuses";

const transitionMessages: Partial<Record<ProjectStatus, string>> = {
  open: "Only a draft can be published.",
  cancelled: "Only a draft or an open project can be cancelled.",
};
/** Moves the actor's project to `to`, if the status machine allows it from where it is now. */
export async function transition(
  ctx: PersonContext,
  projectId: string,
  to: ProjectStatus,
  alongside?: (
    tx: PersonContext & { db: Transaction },
    project: typeof projects.$inferSelect,
  ) => Promise<unknown>,
) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const project = await loadOwnProject(db, ctx.actor.id, projectId);
    if (!canTransition(project.status, to)) {
      throw new ConflictError(
        transitionMessages[to] ?? `A ${project.status} project cannot become ${to}.`,
      );
    }
    const [updated] = await db
      .update(projects)
      .set({
        status: to,
        ...(to === "open" && !project.publishedAt ? { publishedAt: new Date() } : {}),
      })
      // The status we checked is still the status we change: a concurrent transition loses.
      .where(and(eq(projects.id, projectId), eq(projects.status, project.status)))
      .returning();
    if (!updated)
      throw new ConflictError("This project changed in the meantime. Reload and try again.");
    await alongside?.(tx, updated);
    return updated;
  });
}
