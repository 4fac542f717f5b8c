import "server-only";

import { desc, eq, sql } from "drizzle-orm";

import { projectInvitations } from "~/server/db/schema/invitations";
import { freelancerProfiles } from "~/server/db/schema/profiles";
import { users } from "~/server/db/schema/users";
import type { DbOrTx } from "~/server/db/client";
import { type PersonContext } from "~/server/domain/context";
import { loadOwnProject } from "~/server/domain/project/project-access";

/**
 * Who the client invited to one of their own projects (NOT_FOUND for anyone else's) and
 * what each answered, newest first.
 */
export async function listInvitationsForProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { projectId: string };
}) {
  await loadOwnProject(ctx.db, ctx.actor.id, input.projectId);
  return invitationsOn(ctx.db, input.projectId);
}

/** The invitations on a project the caller has already checked is the actor's own. */
export async function invitationsOn(db: DbOrTx, projectId: string) {
  const rows = await db
    .select({
      id: projectInvitations.id,
      freelancerId: projectInvitations.freelancerId,
      freelancerName: users.name,
      headline: freelancerProfiles.headline,
      /** Their public page exists (active, with a profile): the name can link to it. */
      listed: sql<number>`${users.status} = 'active' and ${freelancerProfiles.userId} is not null`,
      status: projectInvitations.status,
      declineReason: projectInvitations.declineReason,
      invitedAt: projectInvitations.createdAt,
      answeredAt: projectInvitations.answeredAt,
    })
    .from(projectInvitations)
    .innerJoin(users, eq(users.id, projectInvitations.freelancerId))
    .leftJoin(freelancerProfiles, eq(freelancerProfiles.userId, projectInvitations.freelancerId))
    .where(eq(projectInvitations.projectId, projectId))
    .orderBy(desc(projectInvitations.createdAt));
  return rows.map((row) => ({ ...row, listed: Boolean(row.listed) }));
}
