import "server-only";

import { sql } from "drizzle-orm";

import { freelancerProfiles } from "~/server/db/schema/profiles";
import { users } from "~/server/db/schema/users";

/**
 * A freelancer's reputation as select fields, read from the counters that triggers keep on
 * the profile row (migration 0009). Join `freelancer_profiles` (a left join reads a
 * freelancer without a profile as having no history yet).
 */
export const freelancerReputation = {
  completedContracts: sql<number>`coalesce(${freelancerProfiles.completedContracts}, 0)`,
  reviewCount: sql<number>`coalesce(${freelancerProfiles.reviewCount}, 0)`,
  /** Mean overall stars to one decimal (a display figure, never money); null before a review. */
  rating: sql<number | null>`case when ${freelancerProfiles.reviewCount} > 0
    then round(1.0 * ${freelancerProfiles.ratingTotal} / ${freelancerProfiles.reviewCount}, 1) end`,
};

/** A freelancer as search and saved lists show them: join `users` and `freelancer_profiles`. */
export const freelancerCardColumns = {
  id: freelancerProfiles.userId,
  name: users.name,
  headline: freelancerProfiles.headline,
  hourlyRateMinor: freelancerProfiles.hourlyRateMinor,
  currency: freelancerProfiles.currency,
  availability: freelancerProfiles.availability,
  location: freelancerProfiles.location,
  ...freelancerReputation,
};
