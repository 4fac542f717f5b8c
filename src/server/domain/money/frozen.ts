import "server-only";

import { and, eq, inArray } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { disputes } from "~/server/db/schema/trust";
import { ConflictError } from "~/server/domain/errors";
import { activeDisputeStatuses } from "~/shared/trust";

/** The open (or under review) dispute of a milestone or week, if it has one. */
export async function activeDispute(db: DbOrTx, item: "milestone" | "week", itemId: string) {
  const column = item === "milestone" ? disputes.milestoneId : disputes.weekId;
  const [dispute] = await db
    .select()
    .from(disputes)
    .where(and(eq(column, itemId), inArray(disputes.status, activeDisputeStatuses)))
    .limit(1);
  return dispute ?? null;
}

/** The sentence every refused money move of a disputed item says. */
export const frozenRefusal = (what: string) =>
  `${what.charAt(0).toUpperCase()}${what.slice(1)} is in dispute: its money is frozen until an admin settles the dispute or it is withdrawn.`;

/**
 * Refuses to move a disputed item's money. Every release and refund path goes through
 * `releaseEscrow` or `refundEscrow`, which call this, so no approval, automatic release,
 * contract end or refund can touch a frozen amount; only the dispute's resolution moves it.
 * `move` allows taking what escrow holds above the frozen amount (a late payment's excess).
 */
export async function assertNotFrozen(
  db: DbOrTx,
  item: "milestone" | "week",
  itemId: string,
  what: string,
  move?: { heldMinor: number; takeMinor: number },
) {
  const dispute = await activeDispute(db, item, itemId);
  if (!dispute) return;
  if (move && move.heldMinor - move.takeMinor >= dispute.frozenMinor) return;
  throw new ConflictError(frozenRefusal(what));
}
