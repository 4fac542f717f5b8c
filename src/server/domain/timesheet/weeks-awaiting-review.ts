import "server-only";

import { and, asc, eq, gte, lt, or, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contracts } from "~/server/db/schema/contracts";
import { projects } from "~/server/db/schema/projects";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { users } from "~/server/db/schema/users";
import { amountForMinutes } from "~/shared/hourly/amount";
import { LOGGING_GRACE_MS, REVIEW_PERIOD_MS, WEEK_MS } from "~/shared/hourly/calendar";
import { readWeek } from "./week-state";

/**
 * The weeks on the client's contracts waiting for their review at `now`, the soonest to count
 * as approved first. The query narrows to candidates (submitted and still in review, or open
 * as stored but past logging); `readWeek` has the last word, as everywhere.
 */
export async function weeksAwaitingReview(db: DbOrTx, clientId: string, now: Date) {
  const t = now.getTime();
  const rows = await db
    .select({
      week: timesheetWeeks,
      projectTitle: projects.title,
      freelancerName: users.name,
      currency: contracts.currency,
      totalMinutes: sql<number>`(select coalesce(sum(${timeEntries.minutes}), 0) from ${timeEntries} where ${timeEntries.weekId} = ${timesheetWeeks.id})`,
    })
    .from(timesheetWeeks)
    .innerJoin(contracts, eq(contracts.id, timesheetWeeks.contractId))
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .innerJoin(users, eq(users.id, contracts.freelancerId))
    .where(
      and(
        eq(contracts.clientId, clientId),
        or(
          and(eq(timesheetWeeks.status, "submitted"), gte(timesheetWeeks.reviewEndsAt, now)),
          and(
            eq(timesheetWeeks.status, "open"),
            lt(timesheetWeeks.weekStart, new Date(t - WEEK_MS - LOGGING_GRACE_MS)),
            gte(timesheetWeeks.weekStart, new Date(t - WEEK_MS - REVIEW_PERIOD_MS)),
          ),
        ),
      ),
    )
    .orderBy(asc(timesheetWeeks.weekStart))
    .limit(20);
  return rows
    .map(({ week, totalMinutes, ...rest }) => {
      const reading = readWeek(week, now);
      const minutes = Number(totalMinutes);
      return {
        id: week.id,
        contractId: week.contractId,
        weekStart: week.weekStart,
        state: reading.state,
        reviewEndsAt: reading.reviewEndsAt,
        totalMinutes: minutes,
        amountMinor: amountForMinutes(minutes, week.rateMinor),
        ...rest,
      };
    })
    .filter((week) => week.state === "submitted")
    .sort((a, b) => a.reviewEndsAt!.getTime() - b.reviewEndsAt!.getTime());
}
