import "server-only";

import { desc, eq, sql } from "drizzle-orm";

import { qualified } from "~/server/db/qualified";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import type { PersonContext } from "~/server/domain/context";

/** The client's own projects, every status, newest first, with how many proposals each has. */
export async function listMyProjects({ ctx }: { ctx: PersonContext }) {
  return ctx.db
    .select({
      id: projects.id,
      title: projects.title,
      status: projects.status,
      budgetType: projects.budgetType,
      budgetMinMinor: projects.budgetMinMinor,
      budgetMaxMinor: projects.budgetMaxMinor,
      currency: projects.currency,
      createdAt: projects.createdAt,
      publishedAt: projects.publishedAt,
      proposalCount: sql<number>`(select count(*) from ${proposals} where ${qualified(proposals.projectId)} = ${qualified(projects.id)})`,
    })
    .from(projects)
    .where(eq(projects.clientId, ctx.actor.id))
    .orderBy(desc(projects.createdAt));
}
