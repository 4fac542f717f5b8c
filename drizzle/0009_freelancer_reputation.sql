ALTER TABLE `freelancer_profiles` ADD `completed_contracts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `freelancer_profiles` ADD `review_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `freelancer_profiles` ADD `rating_total` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Reputation on the profile row, kept in step with contracts and reviews by triggers in the
-- same transaction as each change. A profile created after its owner's history counts it at once.
CREATE TRIGGER `freelancer_reputation_after_profile_insert` AFTER INSERT ON `freelancer_profiles`
BEGIN
	UPDATE `freelancer_profiles` SET
		`completed_contracts` = (SELECT count(*) FROM `contracts` WHERE `freelancer_id` = new.`user_id` AND `status` = 'completed'),
		`review_count` = (SELECT count(*) FROM `reviews` WHERE `reviewee_id` = new.`user_id`),
		`rating_total` = (SELECT coalesce(sum(`overall`), 0) FROM `reviews` WHERE `reviewee_id` = new.`user_id`)
	WHERE `user_id` = new.`user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_review_insert` AFTER INSERT ON `reviews`
BEGIN
	UPDATE `freelancer_profiles` SET `review_count` = `review_count` + 1, `rating_total` = `rating_total` + new.`overall`
	WHERE `user_id` = new.`reviewee_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_review_delete` AFTER DELETE ON `reviews`
BEGIN
	UPDATE `freelancer_profiles` SET `review_count` = `review_count` - 1, `rating_total` = `rating_total` - old.`overall`
	WHERE `user_id` = old.`reviewee_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_contract_insert` AFTER INSERT ON `contracts`
WHEN new.`status` = 'completed'
BEGIN
	UPDATE `freelancer_profiles` SET `completed_contracts` = `completed_contracts` + 1
	WHERE `user_id` = new.`freelancer_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancer_reputation_after_contract_status` AFTER UPDATE OF `status` ON `contracts`
WHEN (old.`status` = 'completed') <> (new.`status` = 'completed')
BEGIN
	UPDATE `freelancer_profiles`
	SET `completed_contracts` = `completed_contracts` + CASE WHEN new.`status` = 'completed' THEN 1 ELSE -1 END
	WHERE `user_id` = new.`freelancer_id`;
END;
--> statement-breakpoint
-- Profiles that existed before this migration.
UPDATE `freelancer_profiles` SET
	`completed_contracts` = (SELECT count(*) FROM `contracts` c WHERE c.`freelancer_id` = `freelancer_profiles`.`user_id` AND c.`status` = 'completed'),
	`review_count` = (SELECT count(*) FROM `reviews` r WHERE r.`reviewee_id` = `freelancer_profiles`.`user_id`),
	`rating_total` = (SELECT coalesce(sum(r.`overall`), 0) FROM `reviews` r WHERE r.`reviewee_id` = `freelancer_profiles`.`user_id`);
