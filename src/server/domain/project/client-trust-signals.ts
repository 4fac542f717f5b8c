import "server-only";

import { eq, sql } from "drizzle-orm";

import { qualified } from "~/server/db/qualified";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { proposalCountBand } from "~/shared/format/labels";
import { mayViewProject } from "./policy";

/**
 * What a freelancer weighs before proposing, in one read beside the project page: how long the
 * client has been here, how many projects they published and how many of those hired someone,
 * how freelancers rated them, and how much competition this project has (a band, not the
 * count). Visible exactly when the project is (NOT_FOUND otherwise, like the project itself).
 */
export async function clientTrustSignals({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: { id: string };
}) {
  const client = qualified(projects.clientId);
  const [row] = await ctx.db
    .select({
      publishedAt: projects.publishedAt,
      clientId: projects.clientId,
      hiddenAt: projects.hiddenAt,
      memberSince: users.createdAt,
      projectsPosted: sql<number>`(select count(*) from projects p
        where p.client_id = ${client} and p.published_at is not null)`,
      projectsHired: sql<number>`(select count(*) from contracts c where c.client_id = ${client})`,
      // Hidden reviews count in nobody's rating.
      reviewCount: sql<number>`(select count(*) from reviews r
        where r.reviewee_id = ${client} and r.hidden_at is null)`,
      rating: sql<number | null>`(select round(avg(r.overall), 1) from reviews r
        where r.reviewee_id = ${client} and r.hidden_at is null)`,
      proposals: sql<number>`(select count(*) from proposals pr
        where pr.project_id = ${qualified(projects.id)} and pr.status <> 'withdrawn')`,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.clientId))
    .where(eq(projects.id, input.id))
    .limit(1);
  if (!row || !mayViewProject(ctx.actor, row)) {
    throw new NotFoundError(
      "We couldn't find that project. It may have been removed or never existed.",
    );
  }
  return {
    memberSince: row.memberSince,
    projectsPosted: row.projectsPosted,
    projectsHired: row.projectsHired,
    /** Projects with a hire per project published, in whole percent; null before any. */
    hireRatePercent:
      row.projectsPosted > 0 ? Math.round((100 * row.projectsHired) / row.projectsPosted) : null,
    rating: row.reviewCount > 0 ? row.rating : null,
    reviewCount: row.reviewCount,
    proposalBand: proposalCountBand(row.proposals),
  };
}
