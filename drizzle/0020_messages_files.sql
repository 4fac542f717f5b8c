CREATE TABLE `avatars` (
	`user_id` text PRIMARY KEY NOT NULL,
	`file_id` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `conversation_members` (
	`conversation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`last_read_seq` integer DEFAULT 0 NOT NULL,
	`last_read_at` integer,
	`notified_seq` integer DEFAULT 0 NOT NULL,
	`last_message_at` integer NOT NULL,
	PRIMARY KEY(`conversation_id`, `user_id`),
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conversation_members_inbox_idx` ON `conversation_members` (`user_id`,`last_message_at`,`conversation_id`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`client_id` text NOT NULL,
	`freelancer_id` text NOT NULL,
	`contract_id` text,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`last_message_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`freelancer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "conversations_parties_check" CHECK("conversations"."client_id" <> "conversations"."freelancer_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversations_project_freelancer_unique` ON `conversations` (`project_id`,`freelancer_id`);--> statement-breakpoint
CREATE INDEX `conversations_contract_idx` ON `conversations` (`contract_id`);--> statement-breakpoint
CREATE TABLE `deliverable_files` (
	`milestone_event_id` text NOT NULL,
	`milestone_id` text NOT NULL,
	`file_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`milestone_event_id`, `file_id`),
	FOREIGN KEY (`milestone_event_id`) REFERENCES `milestone_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliverable_files_file_unique` ON `deliverable_files` (`file_id`);--> statement-breakpoint
CREATE INDEX `deliverable_files_milestone_idx` ON `deliverable_files` (`milestone_id`);--> statement-breakpoint
CREATE TABLE `files` (
	`id` text PRIMARY KEY NOT NULL,
	`uploader_id` text NOT NULL,
	`purpose` text NOT NULL,
	`name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text,
	`storage_key` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`variants` text,
	`attached_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`uploader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "files_size_check" CHECK("files"."size" >= 0),
	CONSTRAINT "files_status_check" CHECK("files"."status" in ('pending', 'ready')),
	CONSTRAINT "files_purpose_check" CHECK("files"."purpose" in ('attachment', 'deliverable', 'portfolio', 'avatar'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `files_storage_key_unique` ON `files` (`storage_key`);--> statement-breakpoint
CREATE INDEX `files_uploader_idx` ON `files` (`uploader_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `files_orphan_idx` ON `files` (`created_at`) WHERE "files"."attached_at" is null;--> statement-breakpoint
CREATE TABLE `message_attachments` (
	`message_id` text NOT NULL,
	`file_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`message_id`, `file_id`),
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_attachments_file_unique` ON `message_attachments` (`file_id`);--> statement-breakpoint
CREATE TABLE `message_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`message_id` text NOT NULL,
	`reporter_id` text NOT NULL,
	`reason` text NOT NULL,
	`snapshot` text,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "message_reports_status_check" CHECK("message_reports"."status" in ('open', 'resolved', 'dismissed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_reports_message_reporter_unique` ON `message_reports` (`message_id`,`reporter_id`);--> statement-breakpoint
CREATE INDEX `message_reports_status_idx` ON `message_reports` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`conversation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text DEFAULT 'text' NOT NULL,
	`sender_id` text,
	`body` text,
	`event` text,
	`client_key` text,
	`edited_at` integer,
	`deleted_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`conversation_id`) REFERENCES `conversations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "messages_kind_check" CHECK("messages"."kind" in ('text', 'system')),
	CONSTRAINT "messages_sender_check" CHECK(("messages"."kind" = 'system') = ("messages"."sender_id" is null and "messages"."event" is not null)),
	CONSTRAINT "messages_deleted_check" CHECK("messages"."deleted_at" is null or "messages"."body" is null)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_conversation_seq_unique` ON `messages` (`conversation_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_client_key_unique` ON `messages` (`sender_id`,`client_key`) WHERE "messages"."client_key" is not null;--> statement-breakpoint
CREATE INDEX `messages_sender_idx` ON `messages` (`sender_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_event_unique` ON `messages` (`conversation_id`,`event`) WHERE "messages"."event" is not null;--> statement-breakpoint
CREATE TABLE `user_blocks` (
	`blocker_id` text NOT NULL,
	`blocked_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`blocker_id`, `blocked_id`),
	FOREIGN KEY (`blocker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`blocked_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "user_blocks_self_check" CHECK("user_blocks"."blocker_id" <> "user_blocks"."blocked_id")
);
--> statement-breakpoint
CREATE INDEX `user_blocks_blocked_idx` ON `user_blocks` (`blocked_id`);--> statement-breakpoint
ALTER TABLE `portfolio_items` ADD `image_file_id` text REFERENCES files(id) ON DELETE set null;--> statement-breakpoint
-- Every relationship that exists already (a proposal, an invitation, a hire) gets its conversation.
INSERT INTO conversations (id, project_id, client_id, freelancer_id, contract_id, last_seq, last_message_at, created_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), p.id, p.client_id, r.freelancer_id,
  (SELECT c.id FROM contracts c WHERE c.project_id = p.id AND c.freelancer_id = r.freelancer_id),
  0, r.opened_at, r.opened_at
FROM (
  SELECT project_id, freelancer_id, min(created_at) AS opened_at FROM (
    SELECT project_id, freelancer_id, created_at FROM proposals
    UNION ALL SELECT project_id, freelancer_id, created_at FROM project_invitations
  ) GROUP BY project_id, freelancer_id
) r JOIN projects p ON p.id = r.project_id
WHERE p.client_id <> r.freelancer_id;
--> statement-breakpoint
INSERT INTO conversation_members (conversation_id, user_id, last_read_seq, notified_seq, last_message_at)
SELECT id, client_id, 0, 0, last_message_at FROM conversations
UNION ALL SELECT id, freelancer_id, 0, 0, last_message_at FROM conversations;
--> statement-breakpoint
-- The portfolio's triggers again, now recording its image (audited-tables.ts).
DROP TRIGGER IF EXISTS audit_portfolio_items_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_portfolio_items_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_portfolio_items_delete;
--> statement-breakpoint
CREATE TRIGGER audit_portfolio_items_insert AFTER INSERT ON "portfolio_items" BEGIN INSERT INTO data_changes (actor, subject_type, subject_id, action, changes, request_id, created_at) SELECT c.actor, 'portfolio_items', NEW."id", 'insert', (SELECT json_group_object(k, json_array(o, n)) FROM (SELECT 'user_id' AS k, NULL AS o, NEW."user_id" AS n UNION ALL SELECT 'title', NULL, NEW."title" UNION ALL SELECT 'description', NULL, NEW."description" UNION ALL SELECT 'url', NULL, NEW."url" UNION ALL SELECT 'image_file_id', NULL, NEW."image_file_id" UNION ALL SELECT 'position', NULL, NEW."position") WHERE o IS NOT n), c.request_id, coalesce(c.at, CAST(unixepoch('subsec') * 1000 AS INTEGER)) FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1; END;
--> statement-breakpoint
CREATE TRIGGER audit_portfolio_items_update AFTER UPDATE ON "portfolio_items" WHEN OLD."user_id" IS NOT NEW."user_id" OR OLD."title" IS NOT NEW."title" OR OLD."description" IS NOT NEW."description" OR OLD."url" IS NOT NEW."url" OR OLD."image_file_id" IS NOT NEW."image_file_id" OR OLD."position" IS NOT NEW."position" BEGIN INSERT INTO data_changes (actor, subject_type, subject_id, action, changes, request_id, created_at) SELECT c.actor, 'portfolio_items', NEW."id", 'update', (SELECT json_group_object(k, json_array(o, n)) FROM (SELECT 'user_id' AS k, OLD."user_id" AS o, NEW."user_id" AS n UNION ALL SELECT 'title', OLD."title", NEW."title" UNION ALL SELECT 'description', OLD."description", NEW."description" UNION ALL SELECT 'url', OLD."url", NEW."url" UNION ALL SELECT 'image_file_id', OLD."image_file_id", NEW."image_file_id" UNION ALL SELECT 'position', OLD."position", NEW."position") WHERE o IS NOT n), c.request_id, coalesce(c.at, CAST(unixepoch('subsec') * 1000 AS INTEGER)) FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1; END;
--> statement-breakpoint
CREATE TRIGGER audit_portfolio_items_delete AFTER DELETE ON "portfolio_items" BEGIN INSERT INTO data_changes (actor, subject_type, subject_id, action, changes, request_id, created_at) SELECT c.actor, 'portfolio_items', OLD."id", 'delete', (SELECT json_group_object(k, json_array(o, n)) FROM (SELECT 'user_id' AS k, OLD."user_id" AS o, NULL AS n UNION ALL SELECT 'title', OLD."title", NULL UNION ALL SELECT 'description', OLD."description", NULL UNION ALL SELECT 'url', OLD."url", NULL UNION ALL SELECT 'image_file_id', OLD."image_file_id", NULL UNION ALL SELECT 'position', OLD."position", NULL) WHERE o IS NOT n), c.request_id, coalesce(c.at, CAST(unixepoch('subsec') * 1000 AS INTEGER)) FROM (SELECT 1) LEFT JOIN audit_context c ON c.id = 1; END;
