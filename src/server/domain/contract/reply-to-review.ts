import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { contracts, reviews } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { projectTitle, reviewReplied } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import type { ReplyToReviewInput } from "~/shared/schemas/contract";

/** The person reviewed may answer, once. */
export async function replyToReview({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ReplyToReviewInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const [updated] = await tx.db
      .update(reviews)
      .set({ reply: input.reply, repliedAt: new Date() })
      .where(
        and(
          eq(reviews.id, input.id),
          eq(reviews.revieweeId, ctx.actor.id),
          isNull(reviews.reply),
          // A review an admin hid is gone for the person it is about.
          isNull(reviews.hiddenAt),
        ),
      )
      .returning();
    if (updated) {
      const [contract] = await tx.db
        .select({ projectId: contracts.projectId })
        .from(contracts)
        .where(eq(contracts.id, updated.contractId))
        .limit(1);
      const title = await projectTitle(tx.db, contract!.projectId);
      await notify(tx, reviewReplied({ by: ctx.actor.name, projectTitle: title, review: updated }));
      return updated;
    }
    const [review] = await tx.db
      .select({ id: reviews.id })
      .from(reviews)
      .where(
        and(
          eq(reviews.id, input.id),
          eq(reviews.revieweeId, ctx.actor.id),
          isNull(reviews.hiddenAt),
        ),
      )
      .limit(1);
    if (!review) throw new NotFoundError("We couldn't find that review of you.");
    throw new ConflictError("You have already replied to this review.");
  });
}
