CREATE TABLE `client_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`company_name` text DEFAULT '' NOT NULL,
	`about` text DEFAULT '' NOT NULL,
	`website` text,
	`location` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `contract_amendments` (
	`id` text PRIMARY KEY NOT NULL,
	`contract_id` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`previous_amount_minor` integer NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "contract_amendments_amount_check" CHECK("contract_amendments"."amount_minor" > 0),
	CONSTRAINT "contract_amendments_status_check" CHECK("contract_amendments"."status" in ('pending', 'accepted', 'declined', 'withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `contract_amendments_contract_idx` ON `contract_amendments` (`contract_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `contract_amendments_one_pending` ON `contract_amendments` (`contract_id`) WHERE "contract_amendments"."status" = 'pending';--> statement-breakpoint
CREATE TABLE `freelancer_profiles` (
	`user_id` text PRIMARY KEY NOT NULL,
	`headline` text NOT NULL,
	`bio` text DEFAULT '' NOT NULL,
	`hourly_rate_minor` integer NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`availability` text DEFAULT 'available' NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "freelancer_profiles_rate_check" CHECK("freelancer_profiles"."hourly_rate_minor" > 0),
	CONSTRAINT "freelancer_profiles_currency_check" CHECK(length("freelancer_profiles"."currency") = 3 and "freelancer_profiles"."currency" = upper("freelancer_profiles"."currency")),
	CONSTRAINT "freelancer_profiles_availability_check" CHECK("freelancer_profiles"."availability" in ('available', 'limited', 'unavailable'))
);
--> statement-breakpoint
CREATE INDEX `freelancer_profiles_updated_idx` ON `freelancer_profiles` (`updated_at`);--> statement-breakpoint
CREATE TABLE `freelancer_skills` (
	`user_id` text NOT NULL,
	`skill_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `skill_id`),
	FOREIGN KEY (`user_id`) REFERENCES `freelancer_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `freelancer_skills_skill_idx` ON `freelancer_skills` (`skill_id`);--> statement-breakpoint
CREATE TABLE `portfolio_items` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`url` text,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `freelancer_profiles`(`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `portfolio_items_user_idx` ON `portfolio_items` (`user_id`,`position`);