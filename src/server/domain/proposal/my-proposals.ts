import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext } from "~/server/domain/context";

/** What the freelancer sees of their own proposal: what they sent and where it stands. */
const ownProposalColumns = {
  id: proposals.id,
  projectId: proposals.projectId,
  coverLetter: proposals.coverLetter,
  bidMinor: proposals.bidMinor,
  currency: proposals.currency,
  estimatedDuration: proposals.estimatedDuration,
  status: proposals.status,
  createdAt: proposals.createdAt,
  updatedAt: proposals.updatedAt,
  budgetType: projects.budgetType,
  projectStatus: projects.status,
};

/** The freelancer's own proposals, newest first, with their project's title and state. */
export async function listMyProposals({ ctx }: { ctx: PersonContext }) {
  return ctx.db
    .select({ ...ownProposalColumns, projectTitle: projects.title })
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
    .select(ownProposalColumns)
    .from(proposals)
    .innerJoin(projects, eq(projects.id, proposals.projectId))
    .where(and(eq(proposals.projectId, input.projectId), eq(proposals.freelancerId, ctx.actor.id)))
    .limit(1);
  return proposal ?? null;
}
