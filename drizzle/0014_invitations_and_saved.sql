CREATE TABLE `project_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`client_id` text NOT NULL,
	`freelancer_id` text NOT NULL,
	`message` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`decline_reason` text,
	`created_at` integer NOT NULL,
	`answered_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`freelancer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "project_invitations_status_check" CHECK("project_invitations"."status" in ('pending', 'proposed', 'declined'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_invitations_project_freelancer_unique` ON `project_invitations` (`project_id`,`freelancer_id`);--> statement-breakpoint
CREATE INDEX `project_invitations_freelancer_idx` ON `project_invitations` (`freelancer_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `saved_freelancers` (
	`user_id` text NOT NULL,
	`freelancer_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `freelancer_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`freelancer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `saved_freelancers_user_idx` ON `saved_freelancers` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `saved_projects` (
	`user_id` text NOT NULL,
	`project_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `project_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `saved_projects_user_idx` ON `saved_projects` (`user_id`,`created_at`);