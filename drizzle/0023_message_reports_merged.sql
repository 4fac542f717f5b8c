-- Message reports join every other report in content_reports: a member's reason becomes the
-- note (reason 'other'), and a resolved report is one an admin acted on.
INSERT INTO `content_reports` (`id`, `subject_type`, `subject_id`, `subject_owner_id`, `reporter_id`, `reason`, `note`, `snapshot`, `status`, `created_at`)
	SELECT r.`id`, 'message', r.`message_id`, m.`sender_id`, r.`reporter_id`, 'other', r.`reason`, r.`snapshot`,
		CASE r.`status` WHEN 'resolved' THEN 'actioned' ELSE r.`status` END, r.`created_at`
	FROM `message_reports` r LEFT JOIN `messages` m ON m.`id` = r.`message_id`;
--> statement-breakpoint
-- Search shows no hidden project: the open projects' index holds only open projects nobody hid.
DROP TRIGGER `open_projects_fts_after_insert`;
--> statement-breakpoint
DROP TRIGGER `open_projects_fts_after_delete`;
--> statement-breakpoint
DROP TRIGGER `open_projects_fts_after_update`;
--> statement-breakpoint
CREATE TRIGGER `open_projects_fts_after_insert` AFTER INSERT ON `projects`
WHEN new.`status` = 'open' AND new.`hidden_at` IS NULL
BEGIN
	INSERT INTO `open_projects_fts`(rowid, `title`, `description`) VALUES (new.rowid, new.`title`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `open_projects_fts_after_delete` AFTER DELETE ON `projects`
WHEN old.`status` = 'open' AND old.`hidden_at` IS NULL
BEGIN
	INSERT INTO `open_projects_fts`(`open_projects_fts`, rowid, `title`, `description`) VALUES ('delete', old.rowid, old.`title`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `open_projects_fts_after_update` AFTER UPDATE OF `title`, `description`, `status`, `hidden_at` ON `projects`
WHEN (old.`status` = 'open' AND old.`hidden_at` IS NULL) OR (new.`status` = 'open' AND new.`hidden_at` IS NULL)
BEGIN
	INSERT INTO `open_projects_fts`(`open_projects_fts`, rowid, `title`, `description`)
		SELECT 'delete', old.rowid, old.`title`, old.`description` WHERE old.`status` = 'open' AND old.`hidden_at` IS NULL;
	INSERT INTO `open_projects_fts`(rowid, `title`, `description`)
		SELECT new.rowid, new.`title`, new.`description` WHERE new.`status` = 'open' AND new.`hidden_at` IS NULL;
END;
--> statement-breakpoint
-- A hidden review counts in nobody's reputation: the triggers count only reviews nobody hid.
DROP TRIGGER `freelancer_reputation_after_profile_insert`;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_profile_insert` AFTER INSERT ON `freelancer_profiles`
BEGIN
	UPDATE `freelancer_profiles` SET
		`completed_contracts` = (SELECT count(*) FROM `contracts` WHERE `freelancer_id` = new.`user_id` AND `status` = 'completed'),
		`review_count` = (SELECT count(*) FROM `reviews` WHERE `reviewee_id` = new.`user_id` AND `hidden_at` IS NULL),
		`rating_total` = (SELECT coalesce(sum(`overall`), 0) FROM `reviews` WHERE `reviewee_id` = new.`user_id` AND `hidden_at` IS NULL)
	WHERE `user_id` = new.`user_id`;
END;
--> statement-breakpoint
DROP TRIGGER `freelancer_reputation_after_review_delete`;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_review_delete` AFTER DELETE ON `reviews`
WHEN old.`hidden_at` IS NULL
BEGIN
	UPDATE `freelancer_profiles` SET `review_count` = `review_count` - 1, `rating_total` = `rating_total` - old.`overall`
	WHERE `user_id` = old.`reviewee_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_review_hidden` AFTER UPDATE OF `hidden_at` ON `reviews`
WHEN (old.`hidden_at` IS NULL) <> (new.`hidden_at` IS NULL)
BEGIN
	UPDATE `freelancer_profiles` SET
		`review_count` = `review_count` + CASE WHEN new.`hidden_at` IS NULL THEN 1 ELSE -1 END,
		`rating_total` = `rating_total` + CASE WHEN new.`hidden_at` IS NULL THEN new.`overall` ELSE -new.`overall` END
	WHERE `user_id` = new.`reviewee_id`;
END;
--> statement-breakpoint
DROP TABLE `message_reports`;
