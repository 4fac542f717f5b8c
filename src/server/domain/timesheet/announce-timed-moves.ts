import "server-only";

import { and, eq, gt, gte, lt, lte, or } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { timesheetWeeks } from "~/server/db/schema/timesheets";
import type { SystemActor } from "~/server/domain/actor";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { projectTitle, timesheetStep } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { DAY_MS, LOGGING_GRACE_MS, REVIEW_PERIOD_MS, WEEK_MS } from "~/shared/hourly/calendar";
import { readWeek } from "./week-state";

/**
 * How far back a run looks for moves it may not have announced yet. Notices are keyed by
 * their event, so looking again at a move already announced notifies no one twice; a job
 * engine that was down for less than this loses no notice.
 */
export const TIMED_MOVES_LOOKBACK_MS = 14 * DAY_MS;

interface TimedMovesContext extends DomainContext {
  actor: SystemActor;
}

/**
 * Tells people of the two moves a week makes by time alone (see week-state.ts): the client,
 * when a week goes to them because logging closed; the freelancer, when a week counts as
 * approved because its review period passed. The weeks themselves are not rewritten: every
 * reader already computes these moves. Answers how many notifications it wrote.
 */
export async function announceTimedMoves(ctx: TimedMovesContext, now: Date) {
  const since = now.getTime() - TIMED_MOVES_LOOKBACK_MS;
  // Open weeks whose logging closed in the window, or (never reviewed) whose first review
  // period ended in it; submitted weeks whose review period ended in it.
  const oldestOpen = new Date(since - WEEK_MS - REVIEW_PERIOD_MS);
  const newestOpen = new Date(now.getTime() - WEEK_MS - LOGGING_GRACE_MS);
  const candidates = await ctx.db
    .select({ week: timesheetWeeks, contract: contracts })
    .from(timesheetWeeks)
    .innerJoin(contracts, eq(contracts.id, timesheetWeeks.contractId))
    .where(
      or(
        and(
          eq(timesheetWeeks.status, "open"),
          gte(timesheetWeeks.weekStart, oldestOpen),
          lt(timesheetWeeks.weekStart, newestOpen),
        ),
        and(
          eq(timesheetWeeks.status, "submitted"),
          gt(timesheetWeeks.reviewEndsAt, new Date(since)),
          lte(timesheetWeeks.reviewEndsAt, now),
        ),
      ),
    );

  let written = 0;
  for (const { week, contract } of candidates) {
    const reading = readWeek(week, now);
    const steps: { step: "submitted" | "approved"; at: Date }[] = [];
    if (reading.autoSubmitted && reading.closesAt.getTime() > since)
      steps.push({ step: "submitted", at: reading.closesAt });
    if (reading.state === "auto_approved" && reading.reviewEndsAt!.getTime() > since)
      steps.push({ step: "approved", at: reading.reviewEndsAt! });
    if (steps.length === 0) continue;
    await withTransaction(ctx, async (tx) => {
      const title = await projectTitle(tx.db, contract.projectId);
      for (const { step, at } of steps) {
        const id = await notify(
          tx,
          timesheetStep({ by: null, projectTitle: title, contract, week, step, at }),
        );
        if (id) written += 1;
      }
    });
  }
  return written;
}
