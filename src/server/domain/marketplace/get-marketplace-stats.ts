import "server-only";

import { eq, sql } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";

/** Public headline numbers for the home page. */
export async function getMarketplaceStats({ ctx }: { ctx: DomainContext }) {
  const [openProjects, freelancers, skillCount] = await Promise.all([
    ctx.db.$count(projects, eq(projects.status, "open")),
    ctx.db.$count(users, sql`${users.role} = 'freelancer' and ${users.status} = 'active'`),
    ctx.db.$count(skills),
  ]);
  return { openProjects, freelancers, skills: skillCount };
}
