import "server-only";

import { count, desc, eq } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import type { SignedInContext } from "~/server/domain/context";
import { proposalStatuses, type ProposalStatus } from "~/shared/schemas/proposal";
import { activeContractsOf } from "./active-contracts";
import { recommendProjects } from "./recommend-projects";

/**
 * What a freelancer checks first: proposals by status, active contracts and their
 * milestones, and open projects recommended for their profile.
 */
export async function freelancerDashboard({ ctx }: { ctx: SignedInContext }) {
  const me = ctx.session.user.id;
  const [byStatus, recentProposals, active, recommended] = await Promise.all([
    ctx.db
      .select({ status: proposals.status, n: count() })
      .from(proposals)
      .where(eq(proposals.freelancerId, me))
      .groupBy(proposals.status),
    ctx.db
      .select({
        id: proposals.id,
        projectId: projects.id,
        projectTitle: projects.title,
        bidMinor: proposals.bidMinor,
        currency: proposals.currency,
        status: proposals.status,
        updatedAt: proposals.updatedAt,
      })
      .from(proposals)
      .innerJoin(projects, eq(projects.id, proposals.projectId))
      .where(eq(proposals.freelancerId, me))
      .orderBy(desc(proposals.updatedAt))
      .limit(8),
    activeContractsOf(ctx.db, me, "freelancer"),
    recommendProjects(ctx.db, me),
  ]);
  const counts = Object.fromEntries(proposalStatuses.map((s) => [s, 0])) as Record<
    ProposalStatus,
    number
  >;
  for (const row of byStatus) counts[row.status] = row.n;
  return {
    proposalCounts: counts,
    recentProposals,
    activeContracts: active.contracts,
    milestones: active.milestones,
    recommended,
  };
}
