import "server-only";

import { and, avg, count, eq, inArray } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contracts, reviews } from "~/server/db/schema/proposals";

export interface Reputation {
  /** Mean overall stars to one decimal, or null before the first review. */
  rating: number | null;
  reviewCount: number;
  completedContracts: number;
}

const EMPTY: Reputation = { rating: null, reviewCount: 0, completedContracts: 0 };

/**
 * Rating and completed-contract count for several people at once (two grouped queries,
 * whatever the number of people), as freelancers or as clients.
 */
export async function reputationOf(
  db: DbOrTx,
  userIds: string[],
  side: "freelancer" | "client",
): Promise<Map<string, Reputation>> {
  const result = new Map(userIds.map((id) => [id, { ...EMPTY }]));
  if (userIds.length === 0) return result;
  const party = side === "freelancer" ? contracts.freelancerId : contracts.clientId;
  const [ratings, completed] = await Promise.all([
    db
      .select({ userId: reviews.revieweeId, rating: avg(reviews.overall), n: count() })
      .from(reviews)
      .where(inArray(reviews.revieweeId, userIds))
      .groupBy(reviews.revieweeId),
    db
      .select({ userId: party, n: count() })
      .from(contracts)
      .where(and(inArray(party, userIds), eq(contracts.status, "completed")))
      .groupBy(party),
  ]);
  for (const row of ratings) {
    const entry = result.get(row.userId);
    if (!entry) continue;
    // A display figure (one decimal), never money.
    entry.rating = row.rating === null ? null : Math.round(Number(row.rating) * 10) / 10;
    entry.reviewCount = row.n;
  }
  for (const row of completed) {
    const entry = result.get(row.userId);
    if (entry) entry.completedContracts = row.n;
  }
  return result;
}
