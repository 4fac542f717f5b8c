import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projectInvitations } from "~/server/db/schema/invitations";
import { projects } from "~/server/db/schema/projects";
import { NotFoundError } from "~/server/domain/errors";

/**
 * An invitation addressed to this freelancer, with its project. Nobody else may know it
 * exists, the client who sent it included: to them it is NOT_FOUND, like a missing id.
 */
export async function loadInvitationForFreelancer(db: DbOrTx, freelancerId: string, id: string) {
  const [row] = await db
    .select({ invitation: projectInvitations, project: projects })
    .from(projectInvitations)
    .innerJoin(projects, eq(projects.id, projectInvitations.projectId))
    .where(and(eq(projectInvitations.id, id), eq(projectInvitations.freelancerId, freelancerId)))
    .limit(1);
  if (!row) throw new NotFoundError("We couldn't find that invitation among yours.");
  return row;
}
