import "server-only";

import { and, avg, count, desc, eq, isNull } from "drizzle-orm";

import { reviews } from "~/server/db/schema/contracts";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { hiddenNote, visibleReviews } from "~/server/domain/moderation/visible-content";

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
    // A hidden review counts in nobody's averages, its author's view included.
    .where(and(eq(reviews.revieweeId, userId), isNull(reviews.hiddenAt)));
  const list = await ctx.db
    .select({
      id: reviews.id,
      reviewerId: reviews.reviewerId,
      reviewerName: users.name,
      overall: reviews.overall,
      comment: reviews.comment,
      reply: reviews.reply,
      createdAt: reviews.createdAt,
      hiddenAt: reviews.hiddenAt,
      hiddenReason: reviews.hiddenReason,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .where(and(eq(reviews.revieweeId, userId), visibleReviews(ctx.actor)))
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
    reviews: list.map(({ hiddenAt, hiddenReason, ...review }) => ({
      ...review,
      hiddenNote: hiddenNote({ hiddenAt, hiddenReason }),
    })),
  };
}
