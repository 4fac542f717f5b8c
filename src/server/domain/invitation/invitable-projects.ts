import "server-only";

import { and, desc, eq, sql } from "drizzle-orm";

import { qualified } from "~/server/db/qualified";
import { projectInvitations } from "~/server/db/schema/invitations";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext } from "~/server/domain/context";
import { loadListedFreelancer } from "~/server/domain/profile/listed-freelancer";
import { listedProjects } from "~/server/domain/moderation/visible-content";

const SHOWN = 50;

/**
 * The client's open projects a freelancer could be invited to, newest first, each saying
 * whether that freelancer was already invited or already proposed (the picker says why it
 * cannot be chosen). The freelancer must have a public page.
 */
export async function listInvitableProjects({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { freelancerId: string };
}) {
  const freelancer = await loadListedFreelancer(ctx.db, input.freelancerId);
  const rows = await ctx.db
    .select({
      id: projects.id,
      title: projects.title,
      invited: sql<number>`exists (select 1 from ${projectInvitations}
        where ${projectInvitations.projectId} = ${qualified(projects.id)}
          and ${projectInvitations.freelancerId} = ${freelancer.id})`,
      proposed: sql<number>`exists (select 1 from ${proposals}
        where ${proposals.projectId} = ${qualified(projects.id)}
          and ${proposals.freelancerId} = ${freelancer.id})`,
    })
    .from(projects)
    // A hidden project takes no invitations: nobody invited could see it.
    .where(and(eq(projects.clientId, ctx.actor.id), eq(projects.status, "open"), listedProjects()))
    .orderBy(desc(projects.publishedAt), desc(projects.id))
    .limit(SHOWN);
  return {
    freelancerName: freelancer.name,
    projects: rows.map((row) => ({
      id: row.id,
      title: row.title,
      invited: Boolean(row.invited),
      proposed: Boolean(row.proposed),
    })),
  };
}
