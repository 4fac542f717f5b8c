-- Full-text search over projects (SQLite FTS5), kept in sync by triggers in the same
-- transaction as every change to a project. drizzle-kit leaves custom migrations alone.
CREATE VIRTUAL TABLE `projects_fts` USING fts5(
	`title`,
	`description`,
	content='projects',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `projects_fts_after_insert` AFTER INSERT ON `projects`
BEGIN
	INSERT INTO `projects_fts`(rowid, `title`, `description`) VALUES (new.rowid, new.`title`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_fts_after_delete` AFTER DELETE ON `projects`
BEGIN
	INSERT INTO `projects_fts`(`projects_fts`, rowid, `title`, `description`) VALUES ('delete', old.rowid, old.`title`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `projects_fts_after_update` AFTER UPDATE OF `title`, `description` ON `projects`
BEGIN
	INSERT INTO `projects_fts`(`projects_fts`, rowid, `title`, `description`) VALUES ('delete', old.rowid, old.`title`, old.`description`);
	INSERT INTO `projects_fts`(rowid, `title`, `description`) VALUES (new.rowid, new.`title`, new.`description`);
END;
--> statement-breakpoint
INSERT INTO `projects_fts`(`projects_fts`) VALUES ('rebuild');
