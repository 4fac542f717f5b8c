import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { contracts } from "./contracts";
import { weekStatuses } from "~/shared/statuses";

/**
 * One week (Monday 00:00 UTC to the next Monday) of an hourly contract's timesheet. The row
 * appears with the week's first entry. Rate and limit are the contract's when the week was
 * logged, so a later change never re-prices or re-judges a week already worked.
 */
export const timesheetWeeks = sqliteTable(
  "timesheet_weeks",
  {
    id: id(),
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    /** Monday 00:00 UTC. */
    weekStart: timestamp("week_start").notNull(),
    status: text("status", { enum: weekStatuses }).notNull().default("open"),
    rateMinor: integer("rate_minor").notNull(),
    limitMinutes: integer("limit_minutes").notNull(),
    submittedAt: timestamp("submitted_at"),
    /** After this the week counts as approved unless the client answered (week-state.ts). */
    reviewEndsAt: timestamp("review_ends_at"),
    approvedAt: timestamp("approved_at"),
    /** The client's last dispute, kept after a resubmission so both can see what it was. */
    disputedAt: timestamp("disputed_at"),
    disputeReason: text("dispute_reason"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("timesheet_weeks_contract_week_unique").on(table.contractId, table.weekStart),
    // Serves "weeks waiting for review" and the job that will settle weeks by time.
    index("timesheet_weeks_status_review_idx").on(table.status, table.reviewEndsAt),
    check(
      "timesheet_weeks_status_check",
      sql`${table.status} in ('open', 'submitted', 'approved', 'disputed')`,
    ),
    // Monday 00:00 UTC: the epoch was a Thursday, so Mondays are 4 days past a whole week.
    check("timesheet_weeks_monday_check", sql`${table.weekStart} % 604800000 = 345600000`),
    check("timesheet_weeks_terms_check", sql`${table.rateMinor} > 0 and ${table.limitMinutes} > 0`),
    check(
      "timesheet_weeks_submitted_check",
      sql`(${table.status} = 'open') = (${table.submittedAt} is null) and (${table.submittedAt} is null) = (${table.reviewEndsAt} is null)`,
    ),
    check(
      "timesheet_weeks_approved_check",
      sql`(${table.status} = 'approved') = (${table.approvedAt} is not null)`,
    ),
    check(
      "timesheet_weeks_disputed_check",
      sql`${table.status} <> 'disputed' or (${table.disputedAt} is not null and ${table.disputeReason} is not null)`,
    ),
  ],
);

/** Time the freelancer logged: a day, a whole number of minutes, and what it was for. */
export const timeEntries = sqliteTable(
  "time_entries",
  {
    id: id(),
    weekId: text("week_id")
      .notNull()
      .references(() => timesheetWeeks.id, { onDelete: "cascade" }),
    /** The week's contract, so access checks and per-day totals need no join. */
    contractId: text("contract_id")
      .notNull()
      .references(() => contracts.id, { onDelete: "cascade" }),
    /** 00:00 UTC of the day worked, inside the week. */
    workDate: timestamp("work_date").notNull(),
    minutes: integer("minutes").notNull(),
    description: text("description").notNull(),
    /** Chosen by the client in the week's last dispute. */
    disputed: integer("disputed", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("time_entries_week_idx").on(table.weekId, table.workDate),
    index("time_entries_contract_day_idx").on(table.contractId, table.workDate),
    check(
      "time_entries_minutes_check",
      sql`${table.minutes} between 15 and 1440 and ${table.minutes} % 15 = 0`,
    ),
    check("time_entries_day_check", sql`${table.workDate} % 86400000 = 0`),
    check("time_entries_description_check", sql`length(${table.description}) between 1 and 500`),
  ],
);

export type TimesheetWeek = typeof timesheetWeeks.$inferSelect;
export type TimeEntry = typeof timeEntries.$inferSelect;
