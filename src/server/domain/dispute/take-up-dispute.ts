import "server-only";

import { and, eq } from "drizzle-orm";

import { disputes } from "~/server/db/schema/trust";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError } from "~/server/domain/errors";
import { notify } from "~/server/domain/notification/notify";
import { addDisputePost } from "./add-dispute-post";
import { disputeFor, disputedWhat } from "./dispute-access";
import { disputeNotices } from "./dispute-notices";

/** An admin takes an open dispute up: it is `under_review`, and both parties hear so. */
export async function takeUpDispute({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { dispute, contract, role } = await disputeFor(db, ctx.actor, input.id);
    if (role !== "admin") throw new ForbiddenError("Only Guild's admins settle disputes.");
    const now = nowOf(ctx);
    const [updated] = await db
      .update(disputes)
      .set({ status: "under_review", updatedAt: now })
      .where(and(eq(disputes.id, dispute.id), eq(disputes.status, "open")))
      .returning();
    if (!updated)
      throw new ConflictError(
        dispute.status === "under_review"
          ? "This dispute is already under review."
          : "This dispute is closed.",
      );
    await addDisputePost(tx, {
      disputeId: dispute.id,
      authorId: ctx.actor.id,
      kind: "under_review",
      body: "Guild's admin took the dispute up and is reviewing it.",
    });
    await recordAuditEvent(tx, {
      action: "dispute.under_review",
      actorId: ctx.actor.id,
      target: { type: "dispute", id: dispute.id },
    });
    const what = await disputedWhat(db, dispute);
    for (const notice of await disputeNotices(db, {
      dispute: updated,
      contract,
      kind: "dispute.posted",
      eventKey: `dispute.under_review:${dispute.id}`,
      title: `Guild's admin is reviewing the dispute over ${what}.`,
      to: { parties: true, admins: false },
    }))
      await notify(tx, notice);
    return updated;
  });
}
