CREATE TABLE `project_skills` (
	`project_id` text NOT NULL,
	`skill_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `skill_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `project_skills_skill_idx` ON `project_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`budget_type` text NOT NULL,
	`budget_min_minor` integer NOT NULL,
	`budget_max_minor` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`experience_level` text NOT NULL,
	`duration` text NOT NULL,
	`deadline` integer,
	`published_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "projects_status_check" CHECK("projects"."status" in ('draft', 'open', 'in_progress', 'completed', 'cancelled')),
	CONSTRAINT "projects_budget_type_check" CHECK("projects"."budget_type" in ('fixed', 'hourly')),
	CONSTRAINT "projects_budget_range_check" CHECK("projects"."budget_min_minor" >= 0 and "projects"."budget_max_minor" >= "projects"."budget_min_minor"),
	CONSTRAINT "projects_currency_check" CHECK(length("projects"."currency") = 3 and "projects"."currency" = upper("projects"."currency")),
	CONSTRAINT "projects_published_check" CHECK("projects"."status" in ('draft', 'cancelled') or "projects"."published_at" is not null)
);
--> statement-breakpoint
CREATE INDEX `projects_status_published_idx` ON `projects` (`status`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `projects_client_idx` ON `projects` (`client_id`);--> statement-breakpoint
CREATE TABLE `skills` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_slug_unique` ON `skills` (`slug`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer,
	`image` text,
	`role` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('client', 'freelancer', 'admin')),
	CONSTRAINT "users_status_check" CHECK("users"."status" in ('active', 'suspended')),
	CONSTRAINT "users_email_lower_check" CHECK("users"."email" = lower(trim("users"."email")))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);