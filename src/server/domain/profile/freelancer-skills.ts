import "server-only";

import { asc, eq, inArray } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { freelancerSkills } from "~/server/db/schema/profiles";
import { skills } from "~/server/db/schema/skills";

/** The skills of several freelancers in one query, by name. */
export async function skillsByFreelancer(db: DbOrTx, userIds: string[]) {
  const bySkill = new Map<string, { id: number; slug: string; name: string }[]>();
  if (userIds.length === 0) return bySkill;
  const rows = await db
    .select({
      userId: freelancerSkills.userId,
      id: skills.id,
      slug: skills.slug,
      name: skills.name,
    })
    .from(freelancerSkills)
    .innerJoin(skills, eq(skills.id, freelancerSkills.skillId))
    .where(inArray(freelancerSkills.userId, userIds))
    .orderBy(asc(skills.name));
  for (const { userId, ...skill } of rows) {
    bySkill.set(userId, [...(bySkill.get(userId) ?? []), skill]);
  }
  return bySkill;
}
