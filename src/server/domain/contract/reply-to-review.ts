import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { reviews } from "~/server/db/schema/contracts";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import type { ReplyToReviewInput } from "~/shared/schemas/contract";

/** The person reviewed may answer, once. */
export async function replyToReview({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ReplyToReviewInput>;
}) {
  const [updated] = await ctx.db
    .update(reviews)
    .set({ reply: input.reply, repliedAt: new Date() })
    .where(
      and(eq(reviews.id, input.id), eq(reviews.revieweeId, ctx.actor.id), isNull(reviews.reply)),
    )
    .returning();
  if (updated) return updated;
  const [review] = await ctx.db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.id, input.id), eq(reviews.revieweeId, ctx.actor.id)))
    .limit(1);
  if (!review) throw new NotFoundError("We couldn't find that review of you.");
  throw new ConflictError("You have already replied to this review.");
}
