import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import type { contracts } from "~/server/db/schema/contracts";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { formatDeadline } from "~/shared/format/hours";
import { formatDate } from "~/shared/format/labels";
import { parseIsoDate, weekStartOf } from "~/shared/hourly/calendar";
import type { LogTimeInput } from "~/shared/schemas/timesheet";
import { checkRoom, checkWorkDate, closedWeekRefusal } from "./time-rules";
import { hourlyContractAs } from "./timesheet-access";
import { loggingClosesAt, readWeek } from "./week-state";

/**
 * The open week of `contract` that `weekStart` begins, created with the contract's rate and
 * limit on its first entry. CONFLICT when the week is no longer open: submitted early, gone
 * to the client when logging closed, or never opened before it closed.
 */
async function openWeek(
  db: DbOrTx,
  contract: typeof contracts.$inferSelect,
  weekStart: Date,
  now: Date,
) {
  const find = () =>
    db
      .select()
      .from(timesheetWeeks)
      .where(
        and(eq(timesheetWeeks.contractId, contract.id), eq(timesheetWeeks.weekStart, weekStart)),
      )
      .limit(1);
  const [existing] = await find();
  if (existing) {
    const reading = readWeek(existing, now);
    if (reading.state !== "open") throw closedWeekRefusal(reading);
    return existing;
  }
  const closesAt = loggingClosesAt(weekStart);
  if (now > closesAt)
    throw new ConflictError(
      `Time for the week of ${formatDate(weekStart)} can no longer be logged: logging for it closed on ${formatDeadline(closesAt)}.`,
    );
  await db
    .insert(timesheetWeeks)
    .values({
      contractId: contract.id,
      weekStart,
      rateMinor: contract.hourlyRateMinor!,
      limitMinutes: contract.weeklyLimitMinutes!,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
  const [week] = await find();
  return week!;
}

/**
 * The freelancer logs time on an active hourly contract: a day of an open week (this one, or
 * last week until logging for it closes), not in the future and not before the contract
 * started, within the week's limit and a day's 24 hours.
 */
export async function logTime({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof LogTimeInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const now = nowOf(ctx);
    const contract = await hourlyContractAs(db, ctx, input.contractId, "freelancer", {
      active: true,
    });
    const workDate = parseIsoDate(input.workDate)!;
    checkWorkDate(workDate, contract.startedAt, now);
    const week = await openWeek(db, contract, new Date(weekStartOf(workDate)), now);
    await checkRoom(db, {
      weekId: week.id,
      limitMinutes: week.limitMinutes,
      contractId: contract.id,
      workDate,
      minutes: input.minutes,
    });
    const [entry] = await db
      .insert(timeEntries)
      .values({
        weekId: week.id,
        contractId: contract.id,
        workDate: new Date(workDate),
        minutes: input.minutes,
        description: input.description,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return entry!;
  });
}
