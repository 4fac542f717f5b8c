import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { loadProposalOnOwnProject } from "./proposal-access";

async function decide(
  ctx: PersonContext,
  id: string,
  to: "shortlisted" | "rejected",
  from: ("submitted" | "shortlisted")[],
) {
  return withTransaction(ctx, async ({ db }) => {
    const { project } = await loadProposalOnOwnProject(db, ctx.actor.id, id);
    if (project.status !== "open")
      throw new ConflictError("This project is no longer taking decisions on proposals.");
    const [updated] = await db
      .update(proposals)
      .set({ status: to })
      .where(and(eq(proposals.id, id), inArray(proposals.status, from)))
      .returning();
    if (!updated) throw new ConflictError(`This proposal can no longer be ${to}.`);
    return updated;
  });
}
export const shortlistProposal = ({ ctx, input }: { ctx: PersonContext; input: { id: string } }) =>
  decide(ctx, input.id, "shortlisted", ["submitted"]);
export const rejectProposal = ({ ctx, input }: { ctx: PersonContext; input: { id: string } }) =>
  decide(ctx, input.id, "rejected", ["submitted", "shortlisted"]);
