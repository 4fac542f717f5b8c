import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { disputes } from "~/server/db/schema/trust";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { notify } from "~/server/domain/notification/notify";
import type { DisputePostInput } from "~/shared/schemas/dispute";
import { addDisputePost } from "./add-dispute-post";
import { disputeFor, disputedWhat } from "./dispute-access";
import { disputeNotices } from "./dispute-notices";

/**
 * A party or an admin adds to a dispute's thread while it runs: their side, and evidence
 * files. The other party's first word counts as their answer (the 5-day deadline is met).
 */
export async function postToDispute({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DisputePostInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { dispute, contract, role } = await disputeFor(db, ctx.actor, input.disputeId);
    if (dispute.status !== "open" && dispute.status !== "under_review")
      throw new ConflictError("This dispute is closed: nothing more can be added to it.");
    const post = await addDisputePost(tx, {
      disputeId: dispute.id,
      authorId: ctx.actor.id,
      kind: "post",
      body: input.body,
      fileIds: input.fileIds,
    });
    if (role !== "admin" && ctx.actor.id !== dispute.openedBy)
      await db
        .update(disputes)
        .set({ answeredAt: nowOf(ctx) })
        .where(and(eq(disputes.id, dispute.id), isNull(disputes.answeredAt)));
    const what = await disputedWhat(db, dispute);
    const who = role === "admin" ? "Guild's admin" : ctx.actor.name;
    for (const notice of await disputeNotices(db, {
      dispute,
      contract,
      kind: "dispute.posted",
      eventKey: `dispute.posted:${post.id}`,
      title: `${who} wrote in the dispute over ${what}.`,
      body: input.body || null,
      to: { parties: true, admins: dispute.status === "under_review" || role !== "admin" },
    }))
      await notify(tx, notice);
    return { id: post.id };
  });
}
