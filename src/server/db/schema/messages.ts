import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp } from "./columns";
import { contracts, milestones } from "./contracts";
import { files } from "./files";
import { milestoneEvents } from "./milestone-events";
import { projects } from "./projects";
import { users } from "./users";
import { messageKinds } from "~/shared/messages";

/**
 * A client and a freelancer talking about one project. It opens with the freelancer's
 * proposal or the client's invitation (never between strangers) and carries on as the
 * contract's conversation after the hire: one per project and freelancer.
 */
export const conversations = sqliteTable(
  "conversations",
  {
    id: id(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    clientId: text("client_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    freelancerId: text("freelancer_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Set when the freelancer is hired on the project. */
    contractId: text("contract_id").references(() => contracts.id, { onDelete: "set null" }),
    /** The last message's number: the next message takes the one after it. */
    lastSeq: integer("last_seq").notNull().default(0),
    /** For the inbox's order; the opening time until the first message. */
    lastMessageAt: timestamp("last_message_at").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("conversations_project_freelancer_unique").on(table.projectId, table.freelancerId),
    index("conversations_contract_idx").on(table.contractId),
    check("conversations_parties_check", sql`${table.clientId} <> ${table.freelancerId}`),
  ],
);

/**
 * Each member's place in a conversation: how far they have read (their read receipt), and how
 * far an unread-messages email has already told them.
 */
export const conversationMembers = sqliteTable(
  "conversation_members",
  {
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The last message number they have seen; 0 before any. */
    lastReadSeq: integer("last_read_seq").notNull().default(0),
    lastReadAt: timestamp("last_read_at"),
    /** Messages up to this number have been announced to them by email (or read). */
    notifiedSeq: integer("notified_seq").notNull().default(0),
    /** Copied from the conversation so the inbox is one index range per person. */
    lastMessageAt: timestamp("last_message_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.conversationId, table.userId] }),
    index("conversation_members_inbox_idx").on(
      table.userId,
      table.lastMessageAt,
      table.conversationId,
    ),
  ],
);

/**
 * One message, numbered in its conversation. A person's message is Markdown; a system message
 * tells of a contract event (`event` names it). Deleting keeps the row ("message deleted")
 * and removes the text from the database.
 */
export const messages = sqliteTable(
  "messages",
  {
    id: id(),
    conversationId: text("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    kind: text("kind", { enum: messageKinds }).notNull().default("text"),
    /** Null for a system message. */
    senderId: text("sender_id").references(() => users.id, { onDelete: "set null" }),
    /** Null once deleted. */
    body: text("body"),
    /** A system message's event, e.g. `contract.hired`, with its own words in `body`. */
    event: text("event"),
    /** Chosen by the sending tab: a retried send finds the message it already made. */
    clientKey: text("client_key"),
    editedAt: timestamp("edited_at"),
    deletedAt: timestamp("deleted_at"),
    /** Hidden by an admin (trust and safety): gone for everyone but its author and admins. */
    hiddenAt: timestamp("hidden_at"),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("messages_conversation_seq_unique").on(table.conversationId, table.seq),
    uniqueIndex("messages_client_key_unique")
      .on(table.senderId, table.clientKey)
      .where(sql`${table.clientKey} is not null`),
    // Serves the per-person sending limit: a sender's latest messages.
    index("messages_sender_idx").on(table.senderId, table.createdAt),
    // One system message per event in a conversation, however often it is replayed.
    uniqueIndex("messages_event_unique")
      .on(table.conversationId, table.event)
      .where(sql`${table.event} is not null`),
    check("messages_kind_check", sql`${table.kind} in ('text', 'system')`),
    check(
      "messages_sender_check",
      sql`(${table.kind} = 'system') = (${table.senderId} is null and ${table.event} is not null)`,
    ),
    check("messages_deleted_check", sql`${table.deletedAt} is null or ${table.body} is null`),
  ],
);

/** The files a message carries, in the order they were added. A file belongs to one message. */
export const messageAttachments = sqliteTable(
  "message_attachments",
  {
    messageId: text("message_id")
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    fileId: text("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.messageId, table.fileId] }),
    uniqueIndex("message_attachments_file_unique").on(table.fileId),
  ],
);

/** The files handed in with a milestone submission, kept with that submission in its history. */
export const deliverableFiles = sqliteTable(
  "deliverable_files",
  {
    milestoneEventId: text("milestone_event_id")
      .notNull()
      .references(() => milestoneEvents.id, { onDelete: "cascade" }),
    /** The milestone, so a contract's files are found without a join through its events. */
    milestoneId: text("milestone_id")
      .notNull()
      .references(() => milestones.id, { onDelete: "cascade" }),
    fileId: text("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.milestoneEventId, table.fileId] }),
    uniqueIndex("deliverable_files_file_unique").on(table.fileId),
    index("deliverable_files_milestone_idx").on(table.milestoneId),
  ],
);

/** A person who will hear nothing more from another: no new messages either way. */
export const userBlocks = sqliteTable(
  "user_blocks",
  {
    blockerId: text("blocker_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    blockedId: text("blocked_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.blockerId, table.blockedId] }),
    index("user_blocks_blocked_idx").on(table.blockedId),
    check("user_blocks_self_check", sql`${table.blockerId} <> ${table.blockedId}`),
  ],
);
