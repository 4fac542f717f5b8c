import "server-only";

import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq, inArray } from "drizzle-orm";

import { milestones } from "~/server/db/schema/contracts";
import { disputes } from "~/server/db/schema/trust";
import { ConflictError } from "~/server/domain/errors";
import { activeDisputeStatuses } from "~/shared/trust";
import { nowOf } from "~/server/domain/clock";
import { refundEscrow } from "~/server/domain/money/refund-escrow";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { submitOpenWeeks } from "~/server/domain/timesheet/submit-open-weeks";
import { contractAs } from "./load-contract";
import { finishContract } from "./finish-contract";
import { contractFinished, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/**
 * The client ends the contract. A fixed contract stops early, whatever milestones remain, as
 * `ended` (so a profile's completed-contract count is only work carried through). An hourly
 * contract has no planned end to fall short of: ending it is how it completes, and the week
 * still open goes to the client for review as it stands. Either way both parties may review
 * each other.
 */
export async function endContract({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const contract = await contractAs(db, ctx, input.id, "client");
    const [disputed] = await db
      .select({ id: disputes.id })
      .from(disputes)
      .where(
        and(eq(disputes.contractId, contract.id), inArray(disputes.status, activeDisputeStatuses)),
      )
      .limit(1);
    if (disputed)
      throw new ConflictError(
        "This contract has a dispute under way: it can end once the dispute is settled or withdrawn.",
      );
    const status = contract.kind === "hourly" ? "completed" : "ended";
    if (contract.kind === "hourly") await submitOpenWeeks(db, contract.id, nowOf(ctx));
    await finishContract(db, contract, status);
    // Funded work nobody handed in goes back to the client; work handed in waits for approval
    // or its automatic release, as before.
    if (contract.kind === "fixed") {
      const unfinished = await db
        .select()
        .from(milestones)
        .where(
          and(
            eq(milestones.contractId, contract.id),
            inArray(milestones.status, ["funded", "changes_requested"]),
          ),
        );
      for (const milestone of unfinished)
        await refundEscrow(tx, {
          contract,
          item: "milestone",
          itemId: milestone.id,
          what: `“${milestone.title}”`,
          reason: "the contract ended before the work was handed in",
        });
    }
    await notify(
      tx,
      contractFinished({
        by: ctx.actor.name,
        recipientId: contract.freelancerId,
        projectTitle: await projectTitle(db, contract.projectId),
        contractId: contract.id,
        status,
      }),
    );
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `contract.${status}`,
      body:
        status === "ended"
          ? `${ctx.actor.name} ended the contract early.`
          : `${ctx.actor.name} ended the contract; it is complete.`,
    });
    return { id: contract.id, status };
  });
}
