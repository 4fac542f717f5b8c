import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext } from "~/server/domain/context";

/** The freelancer's own proposals, newest first, with their project's title. */
export async function listMyProposals({ ctx }: { ctx: PersonContext }) {
  return ctx.db
    .select({
      id: proposals.id,
      projectId: proposals.projectId,
      projectTitle: projects.title,
      bidMinor: proposals.bidMinor,
      currency: proposals.currency,
      budgetType: projects.budgetType,
      status: proposals.status,
      createdAt: proposals.createdAt,
    })
    .from(proposals)
    .innerJoin(projects, eq(projects.id, proposals.projectId))
    .where(eq(proposals.freelancerId, ctx.actor.id))
    .orderBy(desc(proposals.createdAt));
}
/** The freelancer's own proposal for one project, or null. */
export async function myProposalForProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { projectId: string };
}) {
  const [proposal] = await ctx.db
    .select({ id: proposals.id, status: proposals.status })
    .from(proposals)
    .where(and(eq(proposals.projectId, input.projectId), eq(proposals.freelancerId, ctx.actor.id)))
    .limit(1);
  return proposal ?? null;
}
