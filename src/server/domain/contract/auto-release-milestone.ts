import "server-only";

import { eq } from "drizzle-orm";

import { contracts, milestones } from "~/server/db/schema/contracts";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { approveSubmitted } from "./approve-milestone";

/**
 * The `milestone.auto_release` job: a milestone the client neither approved nor sent back
 * within the review period is approved and released, as Guild. It does nothing when the
 * milestone changed meanwhile (approved, sent back, or handed in again later, which scheduled
 * its own release), so racing the client's approval releases once.
 */
export async function autoReleaseMilestone(
  ctx: DomainContext,
  payload: { milestoneId: string; submittedAt: number },
) {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select({ contract: contracts })
      .from(milestones)
      .innerJoin(contracts, eq(contracts.id, milestones.contractId))
      .where(eq(milestones.id, payload.milestoneId));
    if (!row) return null;
    return approveSubmitted(tx, row.contract, payload.milestoneId, {
      by: null,
      submittedAt: new Date(payload.submittedAt),
    });
  });
}
