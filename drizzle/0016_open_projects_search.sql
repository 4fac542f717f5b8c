-- Full-text search over open projects only. Search ranks inside the index and joins the
-- projects after its LIMIT, which needs an index holding nothing but what search may show:
-- the triggers add a project when it opens and remove it when it leaves `open` or goes.
-- External content: FTS5's 'rebuild' and 'integrity-check' would read every project, so
-- this table is filled by the statement at the end, never rebuilt.
CREATE VIRTUAL TABLE `open_projects_fts` USING fts5(
	`title`,
	`description`,
	content='projects',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3'
);
--> statement-breakpoint
CREATE TRIGGER `open_projects_fts_after_insert` AFTER INSERT ON `projects`
WHEN new.`status` = 'open'
BEGIN
	INSERT INTO `open_projects_fts`(rowid, `title`, `description`) VALUES (new.rowid, new.`title`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `open_projects_fts_after_delete` AFTER DELETE ON `projects`
WHEN old.`status` = 'open'
BEGIN
	INSERT INTO `open_projects_fts`(`open_projects_fts`, rowid, `title`, `description`) VALUES ('delete', old.rowid, old.`title`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `open_projects_fts_after_update` AFTER UPDATE OF `title`, `description`, `status` ON `projects`
WHEN old.`status` = 'open' OR new.`status` = 'open'
BEGIN
	INSERT INTO `open_projects_fts`(`open_projects_fts`, rowid, `title`, `description`)
		SELECT 'delete', old.rowid, old.`title`, old.`description` WHERE old.`status` = 'open';
	INSERT INTO `open_projects_fts`(rowid, `title`, `description`)
		SELECT new.rowid, new.`title`, new.`description` WHERE new.`status` = 'open';
END;
--> statement-breakpoint
INSERT INTO `open_projects_fts`(rowid, `title`, `description`)
	SELECT rowid, `title`, `description` FROM `projects` WHERE `status` = 'open';
--> statement-breakpoint
-- The index of every project had no reader left; its triggers cost every write.
DROP TRIGGER `projects_fts_after_insert`;
--> statement-breakpoint
DROP TRIGGER `projects_fts_after_delete`;
--> statement-breakpoint
DROP TRIGGER `projects_fts_after_update`;
--> statement-breakpoint
DROP TABLE `projects_fts`;
