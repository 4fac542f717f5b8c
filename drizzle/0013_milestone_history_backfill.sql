-- A milestone's history is append-only: nothing in it is ever rewritten. (Deleting still
-- cascades from its milestone, which only a pending milestone, never handed in, can be.)
CREATE TRIGGER `milestone_events_append_only` BEFORE UPDATE ON `milestone_events`
BEGIN
	SELECT RAISE(ABORT, 'milestone_events is append-only');
END;
--> statement-breakpoint
-- Milestones handed in before the history existed: their latest note and links become their
-- first recorded submission, at the time it was handed in.
INSERT INTO `milestone_events` (`id`, `milestone_id`, `kind`, `note`, `links`, `created_at`)
SELECT lower(hex(randomblob(16))), `id`, 'submitted', `submission_note`, `submission_links`, `submitted_at`
FROM `milestones`
WHERE `submitted_at` IS NOT NULL AND `submission_note` IS NOT NULL;
--> statement-breakpoint
-- A milestone sent back now: the request was its last change, so `updated_at` is when it came.
INSERT INTO `milestone_events` (`id`, `milestone_id`, `kind`, `reason`, `created_at`)
SELECT lower(hex(randomblob(16))), `id`, 'changes_requested', `changes_reason`,
	max(`updated_at`, coalesce(`submitted_at`, `updated_at`))
FROM `milestones`
WHERE `status` = 'changes_requested' AND `changes_reason` IS NOT NULL;
--> statement-breakpoint
-- A milestone handed in again after a request for changes still carries that request's reason.
-- When it was made was not recorded; it came before the latest hand-in, so it is placed just
-- before it (the earlier submission it answered was overwritten and is lost).
INSERT INTO `milestone_events` (`id`, `milestone_id`, `kind`, `reason`, `created_at`)
SELECT lower(hex(randomblob(16))), `id`, 'changes_requested', `changes_reason`, `submitted_at` - 1
FROM `milestones`
WHERE `status` IN ('submitted', 'approved') AND `changes_reason` IS NOT NULL AND `submitted_at` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `milestone_events` (`id`, `milestone_id`, `kind`, `created_at`)
SELECT lower(hex(randomblob(16))), `id`, 'approved', `approved_at`
FROM `milestones`
WHERE `status` = 'approved' AND `approved_at` IS NOT NULL;
