import "server-only";

import { asc, eq } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { projectSkills } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import type { PersonContext } from "~/server/domain/context";
import { invitationsOn } from "~/server/domain/invitation/invitations-for-project";
import { proposalsToCompare } from "~/server/domain/proposal/proposals-to-compare";
import { loadOwnProject } from "./project-access";

/**
 * Everything the client's manage page (and its edit form) shows, in one read: their project
 * in any status, with its skills, the proposals on it, who was invited and, once hired, its
 * contract.
 * Ownership is checked once, as a query filter: anyone else's project is NOT_FOUND.
 */
export async function getProjectToManage({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  const project = await loadOwnProject(ctx.db, ctx.actor.id, input.id);
  const [tags, proposals, invitations, [contract]] = await Promise.all([
    ctx.db
      .select({ id: skills.id, slug: skills.slug, name: skills.name })
      .from(projectSkills)
      .innerJoin(skills, eq(skills.id, projectSkills.skillId))
      .where(eq(projectSkills.projectId, project.id))
      .orderBy(asc(skills.name)),
    proposalsToCompare(ctx.db, project.id),
    invitationsOn(ctx.db, project.id),
    ctx.db
      .select({ id: contracts.id })
      .from(contracts)
      .where(eq(contracts.projectId, project.id))
      .limit(1),
  ]);
  return {
    project: { ...project, skills: tags, contractId: contract?.id ?? null },
    proposals,
    invitations,
  };
}
