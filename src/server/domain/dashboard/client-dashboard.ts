import "server-only";

import { and, count, desc, eq, inArray, sql } from "drizzle-orm";

import { qualified } from "~/server/db/qualified";
import { freelancerProfiles } from "~/server/db/schema/profiles";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { nowOf } from "~/server/domain/clock";
import type { PersonContext } from "~/server/domain/context";
import { weeksAwaitingReview } from "~/server/domain/timesheet/weeks-awaiting-review";
import { freelancerReputation } from "~/server/domain/profile/reputation";
import { activeContractsOf } from "./active-contracts";
import { type ProjectStatus, projectStatuses } from "~/shared/statuses";

/**
 * What a client checks first: projects by status with proposal counts, proposals waiting
 * for a decision, active contracts, the milestones in play on them and the timesheet weeks
 * waiting for their review.
 */
export async function clientDashboard({ ctx }: { ctx: PersonContext }) {
  const me = ctx.actor.id;
  const awaitingDecision = and(
    eq(projects.clientId, me),
    eq(projects.status, "open"),
    inArray(proposals.status, ["submitted", "shortlisted"]),
  );
  const now = nowOf(ctx);
  const [byStatus, recentProjects, waiting, [waitingTotal], active, weeks] = await Promise.all([
    ctx.db
      .select({ status: projects.status, n: count() })
      .from(projects)
      .where(eq(projects.clientId, me))
      .groupBy(projects.status),
    ctx.db
      .select({
        id: projects.id,
        title: projects.title,
        status: projects.status,
        proposalCount: sql<number>`(select count(*) from ${proposals} where ${qualified(proposals.projectId)} = ${qualified(projects.id)} and ${qualified(proposals.status)} != 'withdrawn')`,
        awaitingCount: sql<number>`(select count(*) from ${proposals} where ${qualified(proposals.projectId)} = ${qualified(projects.id)} and ${qualified(proposals.status)} in ('submitted', 'shortlisted'))`,
      })
      .from(projects)
      .where(and(eq(projects.clientId, me), inArray(projects.status, ["draft", "open"])))
      .orderBy(desc(projects.updatedAt))
      .limit(10),
    ctx.db
      .select({
        id: proposals.id,
        projectId: projects.id,
        projectTitle: projects.title,
        freelancerId: proposals.freelancerId,
        freelancerName: users.name,
        bidMinor: proposals.bidMinor,
        currency: proposals.currency,
        budgetType: projects.budgetType,
        status: proposals.status,
        createdAt: proposals.createdAt,
        ...freelancerReputation,
      })
      .from(proposals)
      .innerJoin(projects, eq(projects.id, proposals.projectId))
      .innerJoin(users, eq(users.id, proposals.freelancerId))
      .leftJoin(freelancerProfiles, eq(freelancerProfiles.userId, proposals.freelancerId))
      .where(awaitingDecision)
      .orderBy(desc(proposals.createdAt))
      .limit(8),
    ctx.db
      .select({ n: count() })
      .from(proposals)
      .innerJoin(projects, eq(projects.id, proposals.projectId))
      .where(awaitingDecision),
    activeContractsOf(ctx.db, me, "client", now),
    weeksAwaitingReview(ctx.db, me, now),
  ]);
  const counts = Object.fromEntries(projectStatuses.map((s) => [s, 0])) as Record<
    ProjectStatus,
    number
  >;
  for (const row of byStatus) counts[row.status] = row.n;
  return {
    projectCounts: counts,
    recentProjects,
    awaitingDecision: {
      total: waitingTotal?.n ?? 0,
      proposals: waiting,
    },
    activeContracts: active.contracts,
    milestones: active.milestones,
    weeksAwaitingReview: weeks,
  };
}
