import "server-only";

import { and, eq, inArray, isNull } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { disputes } from "~/server/db/schema/trust";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { notify } from "~/server/domain/notification/notify";
import { activeDisputeStatuses, DISPUTE_ANSWER_DAYS } from "~/shared/trust";
import { disputedWhat } from "./dispute-access";
import { disputeNotices } from "./dispute-notices";

/**
 * The `dispute.check_answer` job, 5 days after a dispute opened: if it still runs and the
 * other party has said nothing, the admins are told (once: the claim column is set in the
 * same transaction).
 */
export async function checkDisputeAnswer(ctx: DomainContext, payload: { disputeId: string }) {
  return withTransaction(ctx, async (tx) => {
    const [claimed] = await tx.db
      .update(disputes)
      .set({ unansweredNoticeAt: nowOf(ctx) })
      .where(
        and(
          eq(disputes.id, payload.disputeId),
          inArray(disputes.status, activeDisputeStatuses),
          isNull(disputes.answeredAt),
          isNull(disputes.unansweredNoticeAt),
        ),
      )
      .returning();
    if (!claimed) return false;
    const [contract] = await tx.db
      .select()
      .from(contracts)
      .where(eq(contracts.id, claimed.contractId));
    const what = await disputedWhat(tx.db, claimed);
    for (const notice of await disputeNotices(tx.db, {
      dispute: claimed,
      contract: contract!,
      kind: "dispute.unanswered",
      eventKey: `dispute.unanswered:${claimed.id}`,
      title: `The dispute over ${what} has had no answer from the other party in ${DISPUTE_ANSWER_DAYS} days.`,
      to: { parties: false, admins: true },
    }))
      await notify(tx, notice);
    return true;
  });
}
