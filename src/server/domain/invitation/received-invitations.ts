import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { projectInvitations } from "~/server/db/schema/invitations";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { type PersonContext } from "~/server/domain/context";
import { listedProjects } from "~/server/domain/moderation/visible-content";

/** Enough for a dashboard; a cap on pending invitations per project keeps this small anyway. */
const SHOWN = 50;

/**
 * The freelancer's invitations still waiting for an answer, newest first: only those whose
 * project is still open and whose client is still active, since nothing else can be answered.
 */
export async function listReceivedInvitations({ ctx }: { ctx: PersonContext }) {
  return ctx.db
    .select({
      id: projectInvitations.id,
      message: projectInvitations.message,
      invitedAt: projectInvitations.createdAt,
      projectId: projects.id,
      projectTitle: projects.title,
      budgetType: projects.budgetType,
      budgetMinMinor: projects.budgetMinMinor,
      budgetMaxMinor: projects.budgetMaxMinor,
      currency: projects.currency,
      clientId: users.id,
      clientName: users.name,
    })
    .from(projectInvitations)
    .innerJoin(projects, eq(projects.id, projectInvitations.projectId))
    .innerJoin(users, eq(users.id, projectInvitations.clientId))
    .where(
      and(
        eq(projectInvitations.freelancerId, ctx.actor.id),
        eq(projectInvitations.status, "pending"),
        eq(projects.status, "open"),
        listedProjects(),
        eq(users.status, "active"),
      ),
    )
    .orderBy(desc(projectInvitations.createdAt))
    .limit(SHOWN);
}

/** The freelancer's own invitation to one project, or null: for the project page's note. */
export async function myInvitationForProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { projectId: string };
}) {
  const [invitation] = await ctx.db
    .select({
      id: projectInvitations.id,
      status: projectInvitations.status,
      message: projectInvitations.message,
      invitedAt: projectInvitations.createdAt,
      clientName: users.name,
    })
    .from(projectInvitations)
    .innerJoin(users, eq(users.id, projectInvitations.clientId))
    .where(
      and(
        eq(projectInvitations.projectId, input.projectId),
        eq(projectInvitations.freelancerId, ctx.actor.id),
      ),
    )
    .limit(1);
  return invitation ?? null;
}
