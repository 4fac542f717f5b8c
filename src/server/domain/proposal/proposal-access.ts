import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { NotFoundError } from "~/server/domain/errors";

const NOT_YOURS = "We couldn't find that proposal among yours.";
const NOT_ON_YOUR_PROJECT = "We couldn't find that proposal on your projects.";
export async function loadOwnProposal(db: DbOrTx, freelancerId: string, id: string) {
  const [proposal] = await db
    .select()
    .from(proposals)
    .where(and(eq(proposals.id, id), eq(proposals.freelancerId, freelancerId)))
    .limit(1);
  if (!proposal) throw new NotFoundError(NOT_YOURS);
  return proposal;
}
/** A proposal on one of the client's own projects; anyone else's does not exist for them. */
export async function loadProposalOnOwnProject(db: DbOrTx, clientId: string, id: string) {
  const [row] = await db
    .select({ proposal: proposals, project: projects })
    .from(proposals)
    .innerJoin(projects, eq(projects.id, proposals.projectId))
    .where(and(eq(proposals.id, id), eq(projects.clientId, clientId)))
    .limit(1);
  if (!row) throw new NotFoundError(NOT_ON_YOUR_PROJECT);
  return row;
}
