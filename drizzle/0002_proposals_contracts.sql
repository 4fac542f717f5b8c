CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`proposal_id` text NOT NULL,
	`client_id` text NOT NULL,
	`freelancer_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`client_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`freelancer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "contracts_amount_check" CHECK("contracts"."amount_minor" > 0),
	CONSTRAINT "contracts_status_check" CHECK("contracts"."status" in ('active', 'completed', 'ended'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_project_unique` ON `contracts` (`project_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_proposal_unique` ON `contracts` (`proposal_id`);--> statement-breakpoint
CREATE INDEX `contracts_client_idx` ON `contracts` (`client_id`,`status`);--> statement-breakpoint
CREATE INDEX `contracts_freelancer_idx` ON `contracts` (`freelancer_id`,`status`);--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`freelancer_id` text NOT NULL,
	`cover_letter` text NOT NULL,
	`bid_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`estimated_duration` text NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`freelancer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "proposals_bid_check" CHECK("proposals"."bid_minor" > 0),
	CONSTRAINT "proposals_status_check" CHECK("proposals"."status" in ('submitted', 'shortlisted', 'rejected', 'withdrawn', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_project_freelancer_unique` ON `proposals` (`project_id`,`freelancer_id`);--> statement-breakpoint
CREATE INDEX `proposals_freelancer_idx` ON `proposals` (`freelancer_id`,`status`);