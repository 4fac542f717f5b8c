import "server-only";

import { asc, desc, eq, inArray } from "drizzle-orm";

import { timeEntries, timesheetWeeks, type TimesheetWeek } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { refusals } from "~/server/domain/contract/contract-kind";
import { getContractForParty } from "~/server/domain/contract/get-contract";
import { amountForMinutes } from "~/shared/hourly/amount";
import { dayStartOf, isoDate, WEEK_MS, weekStartOf } from "~/shared/hourly/calendar";
import { escrowByItem } from "~/server/domain/money/escrow";
import { readWeek } from "./week-state";

/** How many weeks the contract page shows, newest first. */
const WEEKS_SHOWN = 52;

/**
 * An hourly contract's timesheet as its parties (or a proven admin) see it now: each week
 * with its entries, total, amount and state (time's moves included, see week-state.ts), and
 * what the viewer may do with it, so the page shows exactly the actions the rules allow.
 */
export async function getTimesheet({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { contractId: string };
}) {
  const contract = await getContractForParty({ ctx, input: { id: input.contractId } });
  if (contract.kind !== "hourly") throw new ConflictError(refusals.timesheet);
  const now = nowOf(ctx);
  const me = ctx.actor.id;
  const role =
    me === contract.freelancerId ? "freelancer" : me === contract.clientId ? "client" : "observer";
  const active = contract.status === "active";

  const stored = await ctx.db
    .select()
    .from(timesheetWeeks)
    .where(eq(timesheetWeeks.contractId, contract.id))
    .orderBy(desc(timesheetWeeks.weekStart))
    .limit(WEEKS_SHOWN);
  const entries = stored.length
    ? await ctx.db
        .select()
        .from(timeEntries)
        .where(
          inArray(
            timeEntries.weekId,
            stored.map((week) => week.id),
          ),
        )
        .orderBy(asc(timeEntries.workDate), asc(timeEntries.createdAt))
    : [];

  const currentStart = weekStartOf(now.getTime());
  // This week is always shown while the contract runs, with nothing logged yet if need be.
  const weeks: (TimesheetWeek | null)[] = [...stored];
  if (active && stored[0]?.weekStart.getTime() !== currentStart) weeks.unshift(null);

  const escrow = await escrowByItem(ctx.db, contract.id, "week");
  const shown = weeks.map((week) => {
    const weekStart = week?.weekStart ?? new Date(currentStart);
    const reading = readWeek(
      week ?? { weekStart, status: "open", submittedAt: null, reviewEndsAt: null },
      now,
    );
    const own = week ? entries.filter((entry) => entry.weekId === week.id) : [];
    const totalMinutes = own.reduce((sum, entry) => sum + entry.minutes, 0);
    const rateMinor = week?.rateMinor ?? contract.hourlyRateMinor!;
    const logging = role === "freelancer" && active && reading.state === "open";
    const amending = role === "freelancer" && reading.state === "disputed";
    return {
      id: week?.id ?? null,
      weekStart,
      current: weekStart.getTime() === currentStart,
      ...reading,
      approvedAt: week?.approvedAt ?? null,
      disputedAt: week?.disputedAt ?? null,
      disputeReason: week?.disputeReason ?? null,
      rateMinor,
      limitMinutes: week?.limitMinutes ?? contract.weeklyLimitMinutes!,
      totalMinutes,
      amountMinor: amountForMinutes(totalMinutes, rateMinor),
      /** What was charged for it and where that money is: held in escrow, released, refunded. */
      money: {
        heldMinor: (week && escrow.get(week.id)?.heldMinor) || 0,
        releasedMinor: (week && escrow.get(week.id)?.releasedMinor) || 0,
        refundedMinor: (week && escrow.get(week.id)?.refundedMinor) || 0,
      },
      canSubmit: own.length > 0 && (logging || amending),
      canReview: role === "client" && reading.state === "submitted",
      entries: own.map((entry) => ({
        id: entry.id,
        workDate: entry.workDate,
        minutes: entry.minutes,
        description: entry.description,
        disputed: entry.disputed,
        amended: entry.disputed && week?.disputedAt != null && entry.updatedAt > week.disputedAt,
        editable: logging || (amending && entry.disputed),
      })),
    };
  });

  return {
    contractId: contract.id,
    role,
    status: contract.status,
    currency: contract.currency,
    rateMinor: contract.hourlyRateMinor!,
    weeklyLimitMinutes: contract.weeklyLimitMinutes!,
    now,
    loggable: role === "freelancer" && active ? loggableDays(shown, contract.startedAt, now) : null,
    weeks: shown,
  };
}

/**
 * The days the freelancer's form may offer: from the earliest week still open for logging
 * (last week until logging for it closes, else this one) to today, never before the start.
 */
function loggableDays(
  weeks: { weekStart: Date; state: string }[],
  startedAt: Date,
  now: Date,
): { from: string; to: string } | null {
  const today = dayStartOf(now.getTime());
  const current = weekStartOf(today);
  const candidates = [current - WEEK_MS, current].filter((start) => {
    const week = weeks.find((w) => w.weekStart.getTime() === start);
    const state = week
      ? week.state
      : readWeek(
          { weekStart: new Date(start), status: "open", submittedAt: null, reviewEndsAt: null },
          now,
        ).state;
    return state === "open";
  });
  if (candidates.length === 0) return null;
  const from = Math.max(candidates[0]!, dayStartOf(startedAt.getTime()));
  const to = Math.min(today, candidates[candidates.length - 1]! + WEEK_MS - 1);
  return from > to ? null : { from: isoDate(from), to: isoDate(dayStartOf(to)) };
}

export type Timesheet = Awaited<ReturnType<typeof getTimesheet>>;
