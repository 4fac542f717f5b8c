import "server-only";

import { count, desc, eq } from "drizzle-orm";

import { freelancerProfiles } from "~/server/db/schema/profiles";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { nowOf } from "~/server/domain/clock";
import type { PersonContext } from "~/server/domain/context";
import { activeContractsOf } from "./active-contracts";
import { type ProposalStatus, proposalStatuses } from "~/shared/statuses";

/**
 * What a freelancer checks first: proposals by status and active contracts with their
 * milestones. Recommendations are a query of their own (`recommendProjects`), so the page
 * can stream them in after the rest.
 */
export async function freelancerDashboard({ ctx }: { ctx: PersonContext }) {
  const me = ctx.actor.id;
  const [profiles, byStatus, recentProposals, active] = await Promise.all([
    ctx.db.$count(freelancerProfiles, eq(freelancerProfiles.userId, me)),
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
        budgetType: projects.budgetType,
        status: proposals.status,
        updatedAt: proposals.updatedAt,
      })
      .from(proposals)
      .innerJoin(projects, eq(projects.id, proposals.projectId))
      .where(eq(proposals.freelancerId, me))
      .orderBy(desc(proposals.updatedAt))
      .limit(8),
    activeContractsOf(ctx.db, me, "freelancer", nowOf(ctx)),
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
    hasProfile: profiles > 0,
  };
}
