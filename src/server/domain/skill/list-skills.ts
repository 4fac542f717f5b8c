import "server-only";

import { asc } from "drizzle-orm";

import { skills } from "~/server/db/schema/skills";
import type { DomainContext } from "~/server/domain/context";

/** The skills catalogue, grouped by category order then name. */
export async function listSkills({ ctx }: { ctx: DomainContext }) {
  return ctx.db
    .select({ id: skills.id, slug: skills.slug, name: skills.name, category: skills.category })
    .from(skills)
    .orderBy(asc(skills.category), asc(skills.name));
}
