import "server-only";

import { and, asc, desc, eq } from "drizzle-orm";

import { contractAmendments, milestones, reviews } from "~/server/db/schema/contracts";
import type { PersonContext } from "~/server/domain/context";
import { getContractForParty } from "./get-contract";
import { milestoneHistory } from "./milestone-history";
import { escrowByItem, milestoneMoneyState } from "~/server/domain/money/escrow";
import { moneyOf } from "~/server/domain/money/settings";
import { visibleReviews } from "~/server/domain/moderation/visible-content";

/**
 * Everything the contract page shows, in one call: the contract, its milestones and their
 * history, amount changes and reviews. Visibility is checked once, by `getContractForParty`.
 */
export async function getContractWorkspace({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  const contract = await getContractForParty({ ctx, input });
  const [plan, history, amendments, given, escrow] = await Promise.all([
    ctx.db
      .select()
      .from(milestones)
      .where(eq(milestones.contractId, contract.id))
      .orderBy(asc(milestones.createdAt)),
    milestoneHistory(ctx.db, contract.id),
    ctx.db
      .select()
      .from(contractAmendments)
      .where(eq(contractAmendments.contractId, contract.id))
      .orderBy(desc(contractAmendments.createdAt)),
    // A hidden review: only its author and admins still see it (marked by `hiddenAt`).
    ctx.db
      .select()
      .from(reviews)
      .where(and(eq(reviews.contractId, contract.id), visibleReviews(ctx.actor))),
    escrowByItem(ctx.db, contract.id, "milestone"),
  ]);
  const { autoReleaseMs } = moneyOf(ctx);
  const me = ctx.actor.id;
  return {
    contract,
    role:
      me === contract.clientId
        ? ("client" as const)
        : me === contract.freelancerId
          ? ("freelancer" as const)
          : ("observer" as const),
    milestones: plan.map((milestone) => {
      const money = escrow.get(milestone.id);
      return {
        ...milestone,
        money: {
          state: milestoneMoneyState(milestone, money),
          heldMinor: money?.heldMinor ?? 0,
          releasedMinor: money?.releasedMinor ?? 0,
          refundedMinor: money?.refundedMinor ?? 0,
          /** When a submitted milestone is released unless the client answers first. */
          autoReleaseAt:
            milestone.status === "submitted" && milestone.submittedAt
              ? new Date(milestone.submittedAt.getTime() + autoReleaseMs)
              : null,
        },
      };
    }),
    milestoneHistory: history,
    amendments,
    reviews: given,
  };
}
