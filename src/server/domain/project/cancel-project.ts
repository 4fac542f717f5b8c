import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext } from "~/server/domain/context";
import { proposalDeclined } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { transition } from "./project-transition";

/** Withdraws a draft or an open project; open proposals are declined with it, and their freelancers told. */
export async function cancelProject({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return transition(ctx, input.id, "cancelled", async (tx, project) => {
    const declined = await tx.db
      .update(proposals)
      .set({ status: "declined" })
      .where(
        and(
          eq(proposals.projectId, input.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      )
      .returning({ id: proposals.id, freelancerId: proposals.freelancerId });
    for (const proposal of declined) {
      const by = ctx.actor.name;
      await notify(tx, proposalDeclined({ by, project, proposal, because: "project_closed" }));
    }
  });
}
