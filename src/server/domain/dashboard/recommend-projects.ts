import "server-only";

import { and, desc, eq, inArray, ne, notExists, sql } from "drizzle-orm";

import { freelancerProfiles, freelancerSkills } from "~/server/db/schema/profiles";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import {
  excerpt,
  projectSummaryColumns,
  skillsByProject,
} from "~/server/domain/project/project-card";
import { listedProjects } from "~/server/domain/moderation/visible-content";

/** How many of the newest open projects are ranked. */
const CANDIDATES = 2_000;

/** Ten hours of work: a fixed-price project fits when it pays at least that at the profile rate. */
const FIXED_PRICE_HOURS = 10;

/**
 * Open projects for a freelancer, ranked by how many of their profile's skills a project
 * asks for, then budget fit (the project can pay their rate: an hourly budget reaching the
 * rate, or a fixed budget reaching ten hours of it, in the same currency; we do not convert
 * currencies), then recency. Projects they already proposed to are left out.
 *
 * The list shows different kinds of work first: projects asking for the same skills, budget
 * type, level and duration are one kind, and only the best of each kind is listed until there
 * are no other kinds left. Otherwise a dozen near-identical listings (one client reposting, or
 * many clients wanting the same thing) fill all six places and hide everything else that fits.
 *
 * Candidates are the newest 2,000 open projects (read from the status/published index), so
 * the cost stays flat as the marketplace grows: at 100,000 projects, counting the overlap of
 * every open project sharing a skill took 200 ms, and the embedded database blocks the
 * process while it runs. A project older than the newest 2,000 is rarely still hiring.
 */
export async function recommendProjects({
  ctx,
  limit = 6,
}: {
  ctx: PersonContext;
  limit?: number;
}) {
  const { db } = ctx;
  const freelancerId = ctx.actor.id;
  const [profile] = await db
    .select({ rate: freelancerProfiles.hourlyRateMinor, currency: freelancerProfiles.currency })
    .from(freelancerProfiles)
    .where(eq(freelancerProfiles.userId, freelancerId))
    .limit(1);
  if (!profile) return { hasProfile: false as const, projects: [] };

  const recent = db
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.status, "open"), listedProjects()))
    .orderBy(desc(projects.publishedAt), desc(projects.id))
    .limit(CANDIDATES)
    .as("recent");
  // How many of the profile's skills each recent project asks for, counted in one pass over
  // their skill rows; projects asking for none are not candidates at all. (A correlated count
  // per candidate, evaluated again in the filter, the ranking and the window, cost most of
  // this function.)
  const matched = db
    .select({ id: recent.id, skillsMatched: sql<number>`count(*)`.as("skills_matched") })
    .from(recent)
    .innerJoin(projectSkills, eq(projectSkills.projectId, recent.id))
    .where(
      inArray(
        projectSkills.skillId,
        db
          .select({ id: freelancerSkills.skillId })
          .from(freelancerSkills)
          .where(eq(freelancerSkills.userId, freelancerId)),
      ),
    )
    .groupBy(recent.id)
    .as("matched");
  const budgetFit = sql<number>`case when ${projects.currency} = ${profile.currency}
    and ${projects.budgetMaxMinor} >= case when ${projects.budgetType} = 'hourly'
      then ${profile.rate} else ${profile.rate * FIXED_PRICE_HOURS} end
    then 1 else 0 end`;

  const skillSet = sql`(select group_concat(${projectSkills.skillId} order by ${projectSkills.skillId})
    from ${projectSkills} where ${projectSkills.projectId} = ${projects.id})`;
  const rank = sql`${matched.skillsMatched} desc, ${budgetFit} desc, ${projects.publishedAt} desc, ${projects.id} desc`;
  const ranked = db
    .select({
      id: projects.id,
      skillsMatched: sql<number>`${matched.skillsMatched}`.as("ranked_skills_matched"),
      budgetFit: sql<number>`${budgetFit}`.as("budget_fit"),
      // 1 for the best project of its kind, 2 for the next one, and so on.
      place: sql<number>`row_number() over (partition by ${skillSet}, ${projects.budgetType},
        ${projects.experienceLevel}, ${projects.duration} order by ${rank})`.as("place"),
    })
    .from(matched)
    .innerJoin(projects, eq(projects.id, matched.id))
    .where(
      and(
        ne(projects.clientId, freelancerId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(proposals)
            .where(
              and(eq(proposals.projectId, projects.id), eq(proposals.freelancerId, freelancerId)),
            ),
        ),
      ),
    )
    .as("ranked");

  const rows = await db
    .select({
      ...projectSummaryColumns,
      skillsMatched: ranked.skillsMatched,
      budgetFit: ranked.budgetFit,
    })
    .from(ranked)
    .innerJoin(projects, eq(projects.id, ranked.id))
    .innerJoin(users, eq(users.id, projects.clientId))
    .orderBy(
      sql`${ranked.place} > 1`,
      desc(ranked.skillsMatched),
      desc(ranked.budgetFit),
      desc(projects.publishedAt),
      desc(projects.id),
    )
    .limit(limit);
  const tags = await skillsByProject(
    db,
    rows.map((row) => row.id),
  );
  return {
    hasProfile: true as const,
    projects: rows.map((row) => ({
      ...row,
      description: excerpt(row.description),
      skills: tags.get(row.id) ?? [],
    })),
  };
}
