import "server-only";

import type { z } from "zod";

import { projects } from "~/server/db/schema/projects";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { assertSkillsExist } from "~/server/domain/skill/assert-skills-exist";
import type { CreateProjectInput } from "~/shared/schemas/project";
import { replaceSkills } from "./project-access";

/** A client's new project starts as a draft only they can see. */
export async function createProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof CreateProjectInput>;
}) {
  const { skillIds, ...fields } = input;
  return withTransaction(ctx, async ({ db }) => {
    await assertSkillsExist(db, skillIds);
    const [project] = await db
      .insert(projects)
      .values({ ...fields, clientId: ctx.actor.id, status: "draft" })
      .returning();
    await replaceSkills(db, project!.id, skillIds);
    return project!;
  });
}
