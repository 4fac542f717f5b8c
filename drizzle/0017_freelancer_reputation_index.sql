-- The freelancer list without words, in its page order: most completed contracts, then the
-- best rating, then by id. The expressions are exactly those search-freelancers.ts orders by
-- (SQLite uses an expression index only for the same expressions), so the list walks this
-- index and stops at the page instead of sorting every freelancer.
CREATE INDEX `freelancer_profiles_reputation_idx` ON `freelancer_profiles` (
	coalesce(`completed_contracts`, 0) DESC,
	coalesce(CASE WHEN `review_count` > 0 THEN round(1.0 * `rating_total` / `review_count`, 1) END, 0) DESC,
	`user_id`
);
