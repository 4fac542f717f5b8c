import "server-only";

import { and, avg, count, desc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { reviews } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import type { DomainContext, SignedInContext } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { loadContractForParty } from "./load-contract";
import type { LeaveReviewInput, ReplyToReviewInput } from "~/shared/schemas/contract";

/** After a contract completes, each party reviews the other, once. */
export async function leaveReview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: z.output<typeof LeaveReviewInput>;
}) {
  const me = ctx.session.user.id;
  const contract = await loadContractForParty(ctx.db, ctx.session, input.contractId);
  if (contract.status === "active")
    throw new ConflictError("Reviews open when the contract completes or is ended.");
  const { contractId, ...scores } = input;
  const [review] = await ctx.db
    .insert(reviews)
    .values({
      contractId,
      reviewerId: me,
      revieweeId: contract.clientId === me ? contract.freelancerId : contract.clientId,
      ...scores,
    })
    .onConflictDoNothing()
    .returning();
  if (!review) throw new ConflictError("You have already reviewed this contract.");
  return review;
}

/** The person reviewed may answer, once. */
export async function replyToReview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: z.output<typeof ReplyToReviewInput>;
}) {
  const [updated] = await ctx.db
    .update(reviews)
    .set({ reply: input.reply, repliedAt: new Date() })
    .where(
      and(
        eq(reviews.id, input.id),
        eq(reviews.revieweeId, ctx.session.user.id),
        isNull(reviews.reply),
      ),
    )
    .returning();
  if (updated) return updated;
  const [review] = await ctx.db
    .select({ id: reviews.id })
    .from(reviews)
    .where(and(eq(reviews.id, input.id), eq(reviews.revieweeId, ctx.session.user.id)))
    .limit(1);
  if (!review) throw new NotFoundError("We couldn't find that review of you.");
  throw new ConflictError("You have already replied to this review.");
}

const NO_AVERAGES = { overall: null, communication: null, quality: null, timeliness: null };

/** Public: the reviews a person received, newest first, with their averages. */
export async function reviewsForUser({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: { userId: string };
}) {
  // A suspended person's profile is gone, and so are the reviews about them: the same
  // answer as for someone who never existed.
  const [active] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.userId), eq(users.status, "active")))
    .limit(1);
  if (!active) return { count: 0, averages: NO_AVERAGES, reviews: [] as never[] };
  const userId = active.id;
  const [summary] = await ctx.db
    .select({
      count: count(),
      overall: avg(reviews.overall),
      communication: avg(reviews.communication),
      quality: avg(reviews.quality),
      timeliness: avg(reviews.timeliness),
    })
    .from(reviews)
    .where(eq(reviews.revieweeId, userId));
  const list = await ctx.db
    .select({
      id: reviews.id,
      reviewerName: users.name,
      overall: reviews.overall,
      comment: reviews.comment,
      reply: reviews.reply,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .where(eq(reviews.revieweeId, userId))
    .orderBy(desc(reviews.createdAt))
    .limit(50);
  // Averages are display figures (one decimal), never money.
  const round = (value: string | null) =>
    value === null ? null : Math.round(Number(value) * 10) / 10;
  return {
    count: summary?.count ?? 0,
    averages: {
      overall: round(summary?.overall ?? null),
      communication: round(summary?.communication ?? null),
      quality: round(summary?.quality ?? null),
      timeliness: round(summary?.timeliness ?? null),
    },
    reviews: list,
  };
}
