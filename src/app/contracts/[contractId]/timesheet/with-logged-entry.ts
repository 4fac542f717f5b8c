import { amountForMinutes } from "~/shared/hourly/amount";
import { LOGGING_GRACE_MS, parseIsoDate, WEEK_MS, weekStartOf } from "~/shared/hourly/calendar";
import type { RouterOutputs } from "~/trpc/react";

type Timesheet = RouterOutputs["timesheet"]["get"];
type Week = Timesheet["weeks"][number];

/** An entry shown at once, before the server answers; its id says it is not saved yet. */
export const PENDING_PREFIX = "pending-";

/**
 * The timesheet with one more entry, as the server will answer if it accepts it: in its week
 * (made if it had no time yet), with the week's total and amount worked out the same way.
 * The optimistic update of logging time; the server's answer replaces it either way.
 */
export function withLoggedEntry(
  sheet: Timesheet,
  input: { workDate: string; minutes: number; description: string },
): Timesheet {
  const day = parseIsoDate(input.workDate);
  if (day === null) return sheet;
  const start = weekStartOf(day);
  const entry = {
    id: `${PENDING_PREFIX}${crypto.randomUUID()}`,
    workDate: new Date(day),
    minutes: input.minutes,
    description: input.description,
    disputed: false,
    amended: false,
    editable: false,
  };
  const existing = sheet.weeks.find((week) => week.weekStart.getTime() === start);
  const base: Week = existing ?? {
    ...sheet.weeks[0]!,
    id: null,
    weekStart: new Date(start),
    closesAt: new Date(start + WEEK_MS + LOGGING_GRACE_MS),
    current: false,
    totalMinutes: 0,
    amountMinor: 0,
    canSubmit: false,
    canReview: false,
    rateMinor: sheet.rateMinor,
    limitMinutes: sheet.weeklyLimitMinutes,
    entries: [],
  };
  const totalMinutes = base.totalMinutes + input.minutes;
  const week: Week = {
    ...base,
    totalMinutes,
    amountMinor: amountForMinutes(totalMinutes, base.rateMinor),
    entries: [...base.entries, entry].sort((a, b) => a.workDate.getTime() - b.workDate.getTime()),
  };
  const weeks = existing
    ? sheet.weeks.map((w) => (w === existing ? week : w))
    : [...sheet.weeks, week].sort((a, b) => b.weekStart.getTime() - a.weekStart.getTime());
  return { ...sheet, weeks };
}
