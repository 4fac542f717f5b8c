import "server-only";

import { and, eq, ne } from "drizzle-orm";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { milestoneAs } from "./milestone-access";
import { recordMilestoneEvent } from "./milestone-history";
import { finishContract } from "./finish-contract";

/** The client approves a submitted milestone; the last approval completes the contract and project. */
export async function approveMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { contract } = await milestoneAs(db, ctx, input.id, "client");
    const approvedAt = new Date();
    const [updated] = await db
      .update(milestones)
      .set({ status: "approved", approvedAt })
      .where(and(eq(milestones.id, input.id), eq(milestones.status, "submitted")))
      .returning();
    if (!updated) throw new ConflictError("Only a submitted milestone can be approved.");
    await recordMilestoneEvent(db, updated.id, approvedAt, { kind: "approved" });
    const open = await db.$count(
      milestones,
      and(eq(milestones.contractId, contract.id), ne(milestones.status, "approved")),
    );
    if (open === 0) await finishContract(db, contract, "completed");
    return { milestone: updated, contractCompleted: open === 0 };
  });
}
