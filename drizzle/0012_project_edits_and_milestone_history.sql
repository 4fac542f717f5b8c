CREATE TABLE `milestone_events` (
	`id` text PRIMARY KEY NOT NULL,
	`milestone_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`links` text,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "milestone_events_kind_check" CHECK("milestone_events"."kind" in ('submitted', 'changes_requested', 'approved')),
	CONSTRAINT "milestone_events_text_check" CHECK(("milestone_events"."kind" <> 'submitted' or "milestone_events"."note" is not null) and ("milestone_events"."kind" <> 'changes_requested' or "milestone_events"."reason" is not null))
);
--> statement-breakpoint
CREATE INDEX `milestone_events_milestone_idx` ON `milestone_events` (`milestone_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `projects` ADD `edited_at` integer;