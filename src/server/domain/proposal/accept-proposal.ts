import "server-only";

import { and, eq, inArray, ne } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { contracts } from "~/server/db/schema/contracts";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { loadProposalOnOwnProject } from "./proposal-access";

/**
 * Hiring, in one transaction: the proposal is accepted, a contract is created for the agreed
 * amount, the project moves to in_progress and every other open proposal is declined. The
 * project's status changes only if it is still open, and contracts are unique per project,
 * so of any number of racing accepts exactly one wins; the others get CONFLICT.
 */
export async function acceptProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { proposal, project } = await loadProposalOnOwnProject(db, ctx.actor.id, input.id);
    if (proposal.status !== "submitted" && proposal.status !== "shortlisted") {
      throw new ConflictError("Only a proposal that is still open can be accepted.");
    }
    const [hired] = await db
      .update(projects)
      .set({ status: "in_progress" })
      .where(and(eq(projects.id, project.id), eq(projects.status, "open")))
      .returning({ id: projects.id });
    if (!hired) throw new ConflictError("This project has already been awarded or closed.");
    const [contract] = await db
      .insert(contracts)
      .values({
        projectId: project.id,
        proposalId: proposal.id,
        clientId: project.clientId,
        freelancerId: proposal.freelancerId,
        amountMinor: proposal.bidMinor,
        currency: proposal.currency,
      })
      .returning();
    await db.update(proposals).set({ status: "accepted" }).where(eq(proposals.id, proposal.id));
    await db
      .update(proposals)
      .set({ status: "declined" })
      .where(
        and(
          eq(proposals.projectId, project.id),
          ne(proposals.id, proposal.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      );
    return contract!;
  });
}
