import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { NotFoundError } from "~/server/domain/errors";

const NOT_FOUND = "We couldn't find that project among yours.";
/** The actor's own project, or NOT_FOUND: someone else's project does not exist for them. */
export async function loadOwnProject(db: DbOrTx, clientId: string, projectId: string) {
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.clientId, clientId)))
    .limit(1);
  if (!project) throw new NotFoundError(NOT_FOUND);
  return project;
}
export async function replaceSkills(db: DbOrTx, projectId: string, skillIds: number[]) {
  await db.delete(projectSkills).where(eq(projectSkills.projectId, projectId));
  await db.insert(projectSkills).values(skillIds.map((skillId) => ({ projectId, skillId })));
}
