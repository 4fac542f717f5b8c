CREATE TABLE `content_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`subject_owner_id` text,
	`reporter_id` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`snapshot` text,
	`status` text DEFAULT 'open' NOT NULL,
	`handled_by` text,
	`handled_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "content_reports_subject_check" CHECK("content_reports"."subject_type" in ('project', 'profile', 'review', 'message')),
	CONSTRAINT "content_reports_status_check" CHECK("content_reports"."status" in ('open', 'actioned', 'dismissed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `content_reports_open_unique` ON `content_reports` (`subject_type`,`subject_id`,`reporter_id`) WHERE "content_reports"."status" = 'open';--> statement-breakpoint
CREATE INDEX `content_reports_queue_idx` ON `content_reports` (`status`,`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `content_reports_reporter_idx` ON `content_reports` (`reporter_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `dispute_files` (
	`post_id` text NOT NULL,
	`dispute_id` text NOT NULL,
	`file_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`post_id`, `file_id`),
	FOREIGN KEY (`post_id`) REFERENCES `dispute_posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dispute_id`) REFERENCES `disputes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dispute_files_file_unique` ON `dispute_files` (`file_id`);--> statement-breakpoint
CREATE INDEX `dispute_files_dispute_idx` ON `dispute_files` (`dispute_id`);--> statement-breakpoint
CREATE TABLE `dispute_posts` (
	`id` text PRIMARY KEY NOT NULL,
	`dispute_id` text NOT NULL,
	`author_id` text,
	`kind` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`dispute_id`) REFERENCES `disputes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "dispute_posts_kind_check" CHECK("dispute_posts"."kind" in ('opened', 'post', 'under_review', 'withdrawn', 'resolved'))
);
--> statement-breakpoint
CREATE INDEX `dispute_posts_dispute_idx` ON `dispute_posts` (`dispute_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` text PRIMARY KEY NOT NULL,
	`contract_id` text NOT NULL,
	`item` text NOT NULL,
	`milestone_id` text,
	`week_id` text,
	`opened_by` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`frozen_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`outcome` text,
	`released_minor` integer,
	`refunded_minor` integer,
	`decision` text,
	`resolved_by` text,
	`resolved_at` integer,
	`answered_at` integer,
	`unanswered_notice_at` integer,
	`last_activity_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`week_id`) REFERENCES `timesheet_weeks`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`opened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "disputes_item_check" CHECK("disputes"."item" in ('milestone', 'week')),
	CONSTRAINT "disputes_item_target_check" CHECK(("disputes"."item" = 'milestone') = ("disputes"."milestone_id" is not null) and ("disputes"."item" = 'week') = ("disputes"."week_id" is not null)),
	CONSTRAINT "disputes_status_check" CHECK("disputes"."status" in ('open', 'under_review', 'resolved', 'withdrawn')),
	CONSTRAINT "disputes_frozen_check" CHECK("disputes"."frozen_minor" > 0),
	CONSTRAINT "disputes_resolution_check" CHECK(("disputes"."status" = 'resolved') = ("disputes"."outcome" is not null) and ("disputes"."outcome" is null or ("disputes"."released_minor" >= 0 and "disputes"."refunded_minor" >= 0 and "disputes"."released_minor" + "disputes"."refunded_minor" = "disputes"."frozen_minor" and "disputes"."decision" is not null)))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disputes_active_milestone_unique` ON `disputes` (`milestone_id`) WHERE "disputes"."status" in ('open', 'under_review') and "disputes"."milestone_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX `disputes_active_week_unique` ON `disputes` (`week_id`) WHERE "disputes"."status" in ('open', 'under_review') and "disputes"."week_id" is not null;--> statement-breakpoint
CREATE INDEX `disputes_contract_idx` ON `disputes` (`contract_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `disputes_queue_idx` ON `disputes` (`status`,`last_activity_at`);--> statement-breakpoint
CREATE TABLE `job_pauses` (
	`name` text PRIMARY KEY NOT NULL,
	`paused_by` text,
	`reason` text NOT NULL,
	`paused_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `messages` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `messages` ADD `hidden_reason` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `projects` ADD `hidden_reason` text;--> statement-breakpoint
ALTER TABLE `reviews` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `reviews` ADD `hidden_reason` text;--> statement-breakpoint
ALTER TABLE `users` ADD `profile_hidden_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `profile_hidden_reason` text;--> statement-breakpoint
ALTER TABLE `users` ADD `password_reset_required_at` integer;