import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { projects } from "~/server/db/schema/projects";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { assertSkillsExist } from "~/server/domain/skill/assert-skills-exist";
import type { UpdateProjectInput } from "~/shared/schemas/project";
import { isEditable } from "./policy";
import { loadOwnProject, replaceSkills } from "./project-access";

/** Edits a draft or open project; once someone is hired the brief is the contract's. */
export async function updateProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof UpdateProjectInput>;
}) {
  const { id, skillIds, ...fields } = input;
  return withTransaction(ctx, async ({ db }) => {
    const project = await loadOwnProject(db, ctx.actor.id, id);
    if (!isEditable(project.status)) {
      throw new ConflictError(
        "This project can no longer be edited: a freelancer has been hired or it has ended.",
      );
    }
    await assertSkillsExist(db, skillIds);
    const [updated] = await db
      .update(projects)
      .set(fields)
      .where(and(eq(projects.id, id), eq(projects.status, project.status)))
      .returning();
    if (!updated)
      throw new ConflictError(
        "This project changed while you were editing it. Reload and try again.",
      );
    await replaceSkills(db, id, skillIds);
    return updated;
  });
}
