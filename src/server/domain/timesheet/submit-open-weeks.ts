import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { firstReviewEndsAt, readWeek } from "./week-state";

/**
 * When an hourly contract ends, its weeks still open go to the client as they stand (the
 * client reviews them as usual). Weeks whose logging had already closed are written down as
 * submitted when it closed, which is what they already were.
 */
export async function submitOpenWeeks(db: DbOrTx, contractId: string, now: Date) {
  const open = await db
    .select()
    .from(timesheetWeeks)
    .where(and(eq(timesheetWeeks.contractId, contractId), eq(timesheetWeeks.status, "open")));
  for (const week of open) {
    const reading = readWeek(week, now);
    await db
      .update(timesheetWeeks)
      .set({
        status: "submitted",
        submittedAt: reading.submittedAt ?? now,
        reviewEndsAt: reading.reviewEndsAt ?? firstReviewEndsAt(week.weekStart),
        updatedAt: now,
      })
      .where(eq(timesheetWeeks.id, week.id));
  }
}
