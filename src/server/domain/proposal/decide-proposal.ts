import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { proposalDeclined, proposalShortlisted } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { loadProposalOnOwnProject } from "./proposal-access";

async function decide(
  ctx: PersonContext,
  id: string,
  to: "shortlisted" | "rejected",
  from: ("submitted" | "shortlisted")[],
) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { project } = await loadProposalOnOwnProject(db, ctx.actor.id, id);
    if (project.status !== "open")
      throw new ConflictError("This project is no longer taking decisions on proposals.");
    const [updated] = await db
      .update(proposals)
      .set({ status: to })
      .where(and(eq(proposals.id, id), inArray(proposals.status, from)))
      .returning();
    if (!updated) throw new ConflictError(`This proposal can no longer be ${to}.`);
    const by = ctx.actor.name;
    await notify(
      tx,
      to === "shortlisted"
        ? proposalShortlisted({ by, project, proposal: updated })
        : proposalDeclined({ by, project, proposal: updated, because: "rejected" }),
    );
    return updated;
  });
}
export const shortlistProposal = ({ ctx, input }: { ctx: PersonContext; input: { id: string } }) =>
  decide(ctx, input.id, "shortlisted", ["submitted"]);
export const rejectProposal = ({ ctx, input }: { ctx: PersonContext; input: { id: string } }) =>
  decide(ctx, input.id, "rejected", ["submitted", "shortlisted"]);
