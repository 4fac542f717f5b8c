CREATE TABLE `time_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`week_id` text NOT NULL,
	`contract_id` text NOT NULL,
	`work_date` integer NOT NULL,
	`minutes` integer NOT NULL,
	`description` text NOT NULL,
	`disputed` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`week_id`) REFERENCES `timesheet_weeks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "time_entries_minutes_check" CHECK("time_entries"."minutes" between 15 and 1440 and "time_entries"."minutes" % 15 = 0),
	CONSTRAINT "time_entries_day_check" CHECK("time_entries"."work_date" % 86400000 = 0),
	CONSTRAINT "time_entries_description_check" CHECK(length("time_entries"."description") between 1 and 500)
);
--> statement-breakpoint
CREATE INDEX `time_entries_week_idx` ON `time_entries` (`week_id`,`work_date`);--> statement-breakpoint
CREATE INDEX `time_entries_contract_day_idx` ON `time_entries` (`contract_id`,`work_date`);--> statement-breakpoint
CREATE TABLE `timesheet_weeks` (
	`id` text PRIMARY KEY NOT NULL,
	`contract_id` text NOT NULL,
	`week_start` integer NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`rate_minor` integer NOT NULL,
	`limit_minutes` integer NOT NULL,
	`submitted_at` integer,
	`review_ends_at` integer,
	`approved_at` integer,
	`disputed_at` integer,
	`dispute_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "timesheet_weeks_status_check" CHECK("timesheet_weeks"."status" in ('open', 'submitted', 'approved', 'disputed')),
	CONSTRAINT "timesheet_weeks_monday_check" CHECK("timesheet_weeks"."week_start" % 604800000 = 345600000),
	CONSTRAINT "timesheet_weeks_terms_check" CHECK("timesheet_weeks"."rate_minor" > 0 and "timesheet_weeks"."limit_minutes" > 0),
	CONSTRAINT "timesheet_weeks_submitted_check" CHECK(("timesheet_weeks"."status" = 'open') = ("timesheet_weeks"."submitted_at" is null) and ("timesheet_weeks"."submitted_at" is null) = ("timesheet_weeks"."review_ends_at" is null)),
	CONSTRAINT "timesheet_weeks_approved_check" CHECK(("timesheet_weeks"."status" = 'approved') = ("timesheet_weeks"."approved_at" is not null)),
	CONSTRAINT "timesheet_weeks_disputed_check" CHECK("timesheet_weeks"."status" <> 'disputed' or ("timesheet_weeks"."disputed_at" is not null and "timesheet_weeks"."dispute_reason" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `timesheet_weeks_contract_week_unique` ON `timesheet_weeks` (`contract_id`,`week_start`);--> statement-breakpoint
CREATE INDEX `timesheet_weeks_status_review_idx` ON `timesheet_weeks` (`status`,`review_ends_at`);--> statement-breakpoint
ALTER TABLE `contracts` ADD `kind` text DEFAULT 'fixed' NOT NULL;--> statement-breakpoint
ALTER TABLE `contracts` ADD `hourly_rate_minor` integer;--> statement-breakpoint
ALTER TABLE `contracts` ADD `weekly_limit_minutes` integer;