import "server-only";

import { and, eq, ne, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { timeEntries } from "~/server/db/schema/timesheets";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { formatDate } from "~/shared/format/labels";
import { formatDeadline, formatDuration, formatWorkDay } from "~/shared/format/hours";
import { dayStartOf } from "~/shared/hourly/calendar";
import { MAX_ENTRY_MINUTES } from "~/shared/schemas/timesheet";
import type { WeekReading } from "./week-state";

/** The rules every logged or changed entry keeps, checked in the caller's transaction. */

/** A day worked is not in the future, nor before the contract started (both in UTC days). */
export function checkWorkDate(workDate: number, startedAt: Date, now: Date) {
  const refuse = (message: string) => {
    throw new InvalidError(message, { workDate: [message] });
  };
  if (workDate > dayStartOf(now.getTime()))
    refuse("That day hasn't come yet: log time for today or earlier.");
  if (workDate < dayStartOf(startedAt.getTime()))
    refuse(`The contract started on ${formatDate(startedAt)}: log time from that day on.`);
}

async function minutesWhere(db: DbOrTx, where: ReturnType<typeof and>) {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${timeEntries.minutes}), 0)` })
    .from(timeEntries)
    .where(where);
  return Number(row?.total ?? 0);
}

/** The week's total, leaving out `except` (the entry being changed). */
export function weekMinutes(db: DbOrTx, weekId: string, except?: string) {
  return minutesWhere(
    db,
    and(eq(timeEntries.weekId, weekId), except ? ne(timeEntries.id, except) : undefined),
  );
}

/**
 * Whether `minutes` more fit: the week stays within its limit, and the day within 24 hours
 * across all of the contract's entries. CONFLICT naming the total it would have come to.
 */
export async function checkRoom(
  db: DbOrTx,
  target: {
    weekId: string;
    limitMinutes: number;
    contractId: string;
    workDate: number;
    minutes: number;
    /** The entry being changed, whose old minutes no longer count. */
    except?: string;
  },
) {
  const week = (await weekMinutes(db, target.weekId, target.except)) + target.minutes;
  if (week > target.limitMinutes)
    throw new ConflictError(
      `This would take the week to ${formatDuration(week)}, over the ${formatDuration(target.limitMinutes)} limit.`,
    );
  const day =
    (await minutesWhere(
      db,
      and(
        eq(timeEntries.contractId, target.contractId),
        eq(timeEntries.workDate, new Date(target.workDate)),
        target.except ? ne(timeEntries.id, target.except) : undefined,
      ),
    )) + target.minutes;
  if (day > MAX_ENTRY_MINUTES)
    throw new ConflictError(
      `That would make ${formatDuration(day)} on ${formatWorkDay(new Date(target.workDate))}: a day has 24 hours.`,
    );
}

/** Why time in a week that is no longer open cannot be added or changed. */
export function closedWeekRefusal(reading: WeekReading): ConflictError {
  switch (reading.state) {
    case "open":
      return new ConflictError("This contract has ended: no more time can be logged on it.");
    case "submitted":
      return new ConflictError(
        reading.autoSubmitted
          ? `Logging for this week closed on ${formatDeadline(reading.closesAt)} and it went to the client: its time can no longer change.`
          : "This week has gone to the client for review: its time can no longer change.",
      );
    case "approved":
    case "auto_approved":
      return new ConflictError("This week is approved: its time can no longer change.");
    case "disputed":
      return new ConflictError(
        "This week is disputed: only the entries the client disputed can change, and no new time can be added.",
      );
  }
}
