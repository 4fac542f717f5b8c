CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`contract_id` text NOT NULL,
	`title` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`due_date` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`submission_note` text,
	`submission_links` text,
	`changes_reason` text,
	`submitted_at` integer,
	`approved_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "milestones_amount_check" CHECK("milestones"."amount_minor" > 0),
	CONSTRAINT "milestones_status_check" CHECK("milestones"."status" in ('pending', 'funded', 'submitted', 'changes_requested', 'approved'))
);
--> statement-breakpoint
CREATE INDEX `milestones_contract_idx` ON `milestones` (`contract_id`);