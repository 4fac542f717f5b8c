CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`contract_id` text NOT NULL,
	`reviewer_id` text NOT NULL,
	`reviewee_id` text NOT NULL,
	`overall` integer NOT NULL,
	`communication` integer NOT NULL,
	`quality` integer NOT NULL,
	`timeliness` integer NOT NULL,
	`comment` text NOT NULL,
	`reply` text,
	`replied_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`reviewee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "reviews_stars_check" CHECK("reviews"."overall" between 1 and 5 and "reviews"."communication" between 1 and 5 and "reviews"."quality" between 1 and 5 and "reviews"."timeliness" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_contract_reviewer_unique` ON `reviews` (`contract_id`,`reviewer_id`);--> statement-breakpoint
CREATE INDEX `reviews_reviewee_idx` ON `reviews` (`reviewee_id`,`created_at`);