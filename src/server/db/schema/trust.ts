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

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { contracts, milestones } from "./contracts";
import { files } from "./files";
import { timesheetWeeks } from "./timesheets";
import { users } from "./users";
import {
  contentReportStatuses,
  disputeItems,
  disputeOutcomes,
  disputePostKinds,
  disputeStatuses,
  reportReasons,
  reportSubjects,
} from "~/shared/trust";

/**
 * A person's report of a project, a profile, a review or a message, for the moderation
 * queue. One open report per reporter and subject; the subject's text is kept as it was, so
 * an edit or a deletion does not hide it from review. A plain subject id, not a foreign key:
 * the report outlives what it reports.
 */
export const contentReports = sqliteTable(
  "content_reports",
  {
    id: id(),
    subjectType: text("subject_type", { enum: reportSubjects }).notNull(),
    subjectId: text("subject_id").notNull(),
    /** Whose content it is, so the queue can show and filter by them. */
    subjectOwnerId: text("subject_owner_id"),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason", { enum: reportReasons }).notNull(),
    note: text("note"),
    /** The reported text when it was reported. */
    snapshot: text("snapshot"),
    status: text("status", { enum: contentReportStatuses }).notNull().default("open"),
    handledBy: text("handled_by"),
    handledAt: timestamp("handled_at"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("content_reports_open_unique")
      .on(table.subjectType, table.subjectId, table.reporterId)
      .where(sql`${table.status} = 'open'`),
    index("content_reports_queue_idx").on(table.status, table.subjectType, table.subjectId),
    index("content_reports_reporter_idx").on(table.reporterId, table.createdAt),
    check(
      "content_reports_subject_check",
      sql`${table.subjectType} in ('project', 'profile', 'review', 'message')`,
    ),
    check(
      "content_reports_status_check",
      sql`${table.status} in ('open', 'actioned', 'dismissed')`,
    ),
  ],
);

/**
 * A disagreement about money on a contract, settled by an admin: a milestone (funded or
 * handed in) or an hourly week with disputed entries. While it is open or under review the
 * amount escrow held for the item when it was opened is frozen: nothing approves, releases or
 * refunds it but the resolution, one balanced ledger transaction.
 */
export const disputes = sqliteTable(
  "disputes",
  {
    id: id(),
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "restrict" }),
    item: text("item", { enum: disputeItems }).notNull(),
    milestoneId: text("milestone_id").references(() => milestones.id, { onDelete: "restrict" }),
    weekId: text("week_id").references(() => timesheetWeeks.id, { onDelete: "restrict" }),
    openedBy: text("opened_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    reason: text("reason").notNull(),
    status: text("status", { enum: disputeStatuses }).notNull().default("open"),
    /** What escrow held for the item when the dispute opened. */
    frozenMinor: integer("frozen_minor").notNull(),
    currency: text("currency").notNull(),
    outcome: text("outcome", { enum: disputeOutcomes }),
    /** Of the frozen amount: to the freelancer (before the fee) and back to the client. */
    releasedMinor: integer("released_minor"),
    refundedMinor: integer("refunded_minor"),
    decision: text("decision"),
    resolvedBy: text("resolved_by"),
    resolvedAt: timestamp("resolved_at"),
    /** The other party's first word in the thread. */
    answeredAt: timestamp("answered_at"),
    /** When the admins were told the other party had not answered in time. */
    unansweredNoticeAt: timestamp("unanswered_notice_at"),
    /** The thread's last post or change of state. */
    lastActivityAt: timestamp("last_activity_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // One dispute at a time per milestone or week.
    uniqueIndex("disputes_active_milestone_unique")
      .on(table.milestoneId)
      .where(sql`${table.status} in ('open', 'under_review') and ${table.milestoneId} is not null`),
    uniqueIndex("disputes_active_week_unique")
      .on(table.weekId)
      .where(sql`${table.status} in ('open', 'under_review') and ${table.weekId} is not null`),
    index("disputes_contract_idx").on(table.contractId, table.createdAt),
    index("disputes_queue_idx").on(table.status, table.lastActivityAt),
    check("disputes_item_check", sql`${table.item} in ('milestone', 'week')`),
    check(
      "disputes_item_target_check",
      sql`(${table.item} = 'milestone') = (${table.milestoneId} is not null) and (${table.item} = 'week') = (${table.weekId} is not null)`,
    ),
    check(
      "disputes_status_check",
      sql`${table.status} in ('open', 'under_review', 'resolved', 'withdrawn')`,
    ),
    check("disputes_frozen_check", sql`${table.frozenMinor} > 0`),
    check(
      "disputes_resolution_check",
      sql`(${table.status} = 'resolved') = (${table.outcome} is not null) and (${table.outcome} is null or (${table.releasedMinor} >= 0 and ${table.refundedMinor} >= 0 and ${table.releasedMinor} + ${table.refundedMinor} = ${table.frozenMinor} and ${table.decision} is not null))`,
    ),
  ],
);

/** A dispute's thread: what the parties and the admin wrote (with evidence) and what happened. */
export const disputePosts = sqliteTable(
  "dispute_posts",
  {
    id: id(),
    disputeId: text("dispute_id")
      .notNull()
      .references(() => disputes.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: disputePostKinds }).notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index("dispute_posts_dispute_idx").on(table.disputeId, table.createdAt),
    check(
      "dispute_posts_kind_check",
      sql`${table.kind} in ('opened', 'post', 'under_review', 'withdrawn', 'resolved')`,
    ),
  ],
);

/** Files given as evidence with a dispute post. A file belongs to one post. */
export const disputeFiles = sqliteTable(
  "dispute_files",
  {
    postId: text("post_id")
      .notNull()
      .references(() => disputePosts.id, { onDelete: "cascade" }),
    /** The dispute, so its files are found (and access decided) without a join. */
    disputeId: text("dispute_id")
      .notNull()
      .references(() => disputes.id, { onDelete: "cascade" }),
    fileId: text("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.postId, table.fileId] }),
    uniqueIndex("dispute_files_file_unique").on(table.fileId),
    index("dispute_files_dispute_idx").on(table.disputeId),
  ],
);

/** A job name an admin paused: its waiting jobs stay waiting until it is resumed. */
export const jobPauses = sqliteTable("job_pauses", {
  name: text("name").primaryKey(),
  pausedBy: text("paused_by"),
  reason: text("reason").notNull(),
  pausedAt: timestamp("paused_at")
    .notNull()
    .$defaultFn(() => new Date()),
});
