CREATE TABLE `data_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`storage_key` text,
	`size` integer,
	`created_at` integer NOT NULL,
	`ready_at` integer,
	`expires_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "data_exports_status_check" CHECK("data_exports"."status" in ('requested', 'ready', 'failed'))
);
--> statement-breakpoint
CREATE INDEX `data_exports_user_idx` ON `data_exports` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `data_exports_expiry_idx` ON `data_exports` (`expires_at`);--> statement-breakpoint
ALTER TABLE `audit_events` ADD `redacted_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `deleted_at` integer;--> statement-breakpoint
DROP TRIGGER `audit_events_append_only_update`;--> statement-breakpoint
CREATE TRIGGER `audit_events_append_only_update` BEFORE UPDATE ON `audit_events`
WHEN NOT (
	OLD.`redacted_at` IS NULL AND NEW.`redacted_at` IS NOT NULL
	AND NEW.`id` = OLD.`id` AND NEW.`action` = OLD.`action` AND NEW.`created_at` = OLD.`created_at`
	AND NEW.`actor_id` IS OLD.`actor_id` AND NEW.`target_type` IS OLD.`target_type`
	AND NEW.`target_id` IS OLD.`target_id` AND NEW.`request_id` IS OLD.`request_id`
)
BEGIN
	SELECT RAISE(ABORT, 'audit_events is append-only');
END;
