-- Full-text search over freelancers: name, headline, bio and skill names in one FTS5 row per
-- profile (rowid = freelancer_profiles.rowid). The row is rebuilt by triggers in the same
-- transaction as any change to its sources, so search never lags a saved profile.
CREATE VIRTUAL TABLE `freelancers_fts` USING fts5(
	`name`,
	`headline`,
	`bio`,
	`skills`,
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_insert` AFTER INSERT ON `freelancer_profiles`
BEGIN
	INSERT INTO `freelancers_fts`(rowid, `name`, `headline`, `bio`, `skills`)
	SELECT new.rowid, u.`name`, new.`headline`, new.`bio`, ''
	FROM `users` u WHERE u.`id` = new.`user_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_update` AFTER UPDATE OF `headline`, `bio` ON `freelancer_profiles`
BEGIN
	UPDATE `freelancers_fts` SET `headline` = new.`headline`, `bio` = new.`bio` WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_delete` AFTER DELETE ON `freelancer_profiles`
BEGIN
	DELETE FROM `freelancers_fts` WHERE rowid = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_rename` AFTER UPDATE OF `name` ON `users`
BEGIN
	UPDATE `freelancers_fts` SET `name` = new.`name`
	WHERE rowid = (SELECT rowid FROM `freelancer_profiles` WHERE `user_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_skill_insert` AFTER INSERT ON `freelancer_skills`
BEGIN
	UPDATE `freelancers_fts` SET `skills` = (
		SELECT coalesce(group_concat(s.`name`, ' '), '') FROM `freelancer_skills` fs
		JOIN `skills` s ON s.`id` = fs.`skill_id` WHERE fs.`user_id` = new.`user_id`
	) WHERE rowid = (SELECT rowid FROM `freelancer_profiles` WHERE `user_id` = new.`user_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_skill_delete` AFTER DELETE ON `freelancer_skills`
BEGIN
	UPDATE `freelancers_fts` SET `skills` = (
		SELECT coalesce(group_concat(s.`name`, ' '), '') FROM `freelancer_skills` fs
		JOIN `skills` s ON s.`id` = fs.`skill_id` WHERE fs.`user_id` = old.`user_id`
	) WHERE rowid = (SELECT rowid FROM `freelancer_profiles` WHERE `user_id` = old.`user_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `freelancers_fts_after_skill_rename` AFTER UPDATE OF `name` ON `skills`
BEGIN
	UPDATE `freelancers_fts` SET `skills` = (
		SELECT coalesce(group_concat(s.`name`, ' '), '') FROM `freelancer_profiles` fp
		JOIN `freelancer_skills` fs ON fs.`user_id` = fp.`user_id`
		JOIN `skills` s ON s.`id` = fs.`skill_id` WHERE fp.rowid = `freelancers_fts`.rowid
	) WHERE rowid IN (
		SELECT fp.rowid FROM `freelancer_profiles` fp
		JOIN `freelancer_skills` fs ON fs.`user_id` = fp.`user_id` WHERE fs.`skill_id` = new.`id`
	);
END;
--> statement-breakpoint
-- Profiles saved before this migration get their index row now.
INSERT INTO `freelancers_fts`(rowid, `name`, `headline`, `bio`, `skills`)
SELECT fp.rowid, u.`name`, fp.`headline`, fp.`bio`, coalesce((
	SELECT group_concat(s.`name`, ' ') FROM `freelancer_skills` fs
	JOIN `skills` s ON s.`id` = fs.`skill_id` WHERE fs.`user_id` = fp.`user_id`
), '')
FROM `freelancer_profiles` fp JOIN `users` u ON u.`id` = fp.`user_id`;
