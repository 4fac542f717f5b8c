import "server-only";

import { listedProfiles } from "~/server/domain/moderation/visible-content";
import { and, eq, exists, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";

import { freelancerProfiles, freelancerSkills } from "~/server/db/schema/profiles";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { ftsQuery } from "~/server/domain/project/search-projects";
import { FREELANCERS_PAGE_SIZE, type SearchFreelancersInput } from "~/shared/schemas/profile";
import { skillsByFreelancer } from "./freelancer-skills";
import { freelancerCardColumns, freelancerReputation } from "./reputation";

/**
 * Freelancers matching words (name, headline, bio, skill names; FTS5 with bm25) and skills.
 * Ranked by text relevance when words are given, then by how many of the chosen skills
 * they have, completed contracts and rating. Pages by number: the set is people, not
 * projects, and a page of 20 with a count reads better here than a cursor.
 */
export async function searchFreelancers({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof SearchFreelancersInput>;
}) {
  const match = ftsQuery(input.q);
  // With words, the full-text index drives the query (the unary + keeps SQLite from starting
  // at the users' role index and probing the FTS index once per freelancer).
  // Without words, the reputation index (migration 0017) drives it instead, in page order.
  const listed = [
    sql`+${users.status} = 'active'`,
    sql`+${users.role} = 'freelancer'`,
    sql`+${users.profileHiddenAt} is null`,
  ];
  // The count has no order to keep: without words it walks the freelancers (the role index).
  const counted = match
    ? listed
    : [eq(users.status, "active"), eq(users.role, "freelancer"), listedProfiles()];
  const conditions: SQL[] = [];
  if (match) conditions.push(sql`freelancers_fts MATCH ${match}`);
  if (input.availableOnly) conditions.push(ne(freelancerProfiles.availability, "unavailable"));
  const chosen = ctx.db
    .select({ one: sql`1` })
    .from(freelancerSkills)
    .innerJoin(skills, eq(skills.id, freelancerSkills.skillId))
    .where(
      and(
        eq(freelancerSkills.userId, freelancerProfiles.userId),
        inArray(skills.slug, input.skills),
      ),
    );
  if (input.skills.length) conditions.push(exists(chosen));
  const where = and(...listed, ...conditions);
  const countWhere = and(...counted, ...conditions);

  const matchedSkills = input.skills.length
    ? sql<number>`(select count(*) from ${freelancerSkills} fs join ${skills} s on s.id = fs.skill_id
        where fs.user_id = ${freelancerProfiles.userId} and s.slug in ${input.skills})`
    : sql<number>`0`;
  const { completedContracts: completed, rating } = freelancerReputation;
  // bm25 is lower for better matches; a missing rating sorts after every rating.
  const order: SQL[] = [];
  if (match) order.push(sql`bm25(freelancers_fts, 2.0, 5.0, 1.0, 3.0) asc`);
  if (input.skills.length) order.push(sql`${matchedSkills} desc`);
  order.push(
    sql`${completed} desc`,
    sql`coalesce(${rating}, 0) desc`,
    sql`${freelancerProfiles.userId}`,
  );

  const offset = (input.page - 1) * FREELANCERS_PAGE_SIZE;
  const rowsQuery = ctx.db
    .select({
      ...freelancerCardColumns,
      matchedSkills,
    })
    .from(freelancerProfiles)
    .innerJoin(users, eq(users.id, freelancerProfiles.userId))
    .$dynamic();
  const countQuery = ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(freelancerProfiles)
    .innerJoin(users, eq(users.id, freelancerProfiles.userId))
    .$dynamic();
  // Words join the full-text index (drizzle's builders change in place).
  if (match) {
    const ftsJoin = sql`freelancers_fts.rowid = ${freelancerProfiles}.rowid`;
    rowsQuery.innerJoin(sql`freelancers_fts`, ftsJoin);
    countQuery.innerJoin(sql`freelancers_fts`, ftsJoin);
  }
  const [rows, [total]] = await Promise.all([
    rowsQuery
      .where(where)
      .orderBy(...order)
      .limit(FREELANCERS_PAGE_SIZE)
      .offset(offset),
    countQuery.where(countWhere),
  ]);
  const skillMap = await skillsByFreelancer(
    ctx.db,
    rows.map((row) => row.id),
  );
  return {
    freelancers: rows.map((row) => ({ ...row, skills: skillMap.get(row.id) ?? [] })),
    total: total?.n ?? 0,
    page: input.page,
    pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / FREELANCERS_PAGE_SIZE)),
  };
}
