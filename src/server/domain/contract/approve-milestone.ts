import "server-only";

import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq, ne } from "drizzle-orm";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { milestoneAs } from "./milestone-access";
import { recordMilestoneEvent } from "./milestone-history";
import { finishContract } from "./finish-contract";
import {
  contractFinished,
  milestoneStep,
  projectTitle,
} from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/** The client approves a submitted milestone; the last approval completes the contract and project. */
export async function approveMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { contract } = await milestoneAs(db, ctx, input.id, "client");
    const approvedAt = new Date();
    const [updated] = await db
      .update(milestones)
      .set({ status: "approved", approvedAt })
      .where(and(eq(milestones.id, input.id), eq(milestones.status, "submitted")))
      .returning();
    if (!updated) throw new ConflictError("Only a submitted milestone can be approved.");
    const eventId = await recordMilestoneEvent(db, updated.id, approvedAt, { kind: "approved" });
    const open = await db.$count(
      milestones,
      and(eq(milestones.contractId, contract.id), ne(milestones.status, "approved")),
    );
    if (open === 0) await finishContract(db, contract, "completed");
    const by = ctx.actor.name;
    const title = await projectTitle(db, contract.projectId);
    await notify(
      tx,
      milestoneStep({
        by,
        projectTitle: title,
        contract,
        milestone: updated,
        eventId,
        step: "approved",
      }),
    );
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `milestone.approved:${eventId}`,
      body: `${by} approved “${updated.title}”.${open === 0 ? " Every milestone is done: the contract is complete." : ""}`,
    });
    if (open === 0) {
      await notify(
        tx,
        contractFinished({
          by,
          recipientId: contract.freelancerId,
          projectTitle: title,
          contractId: contract.id,
          status: "completed",
          lastMilestone: true,
        }),
      );
    }
    return { milestone: updated, contractCompleted: open === 0 };
  });
}
