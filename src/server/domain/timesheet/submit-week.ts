import "server-only";

import { formatDay } from "~/shared/format/dates";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq } from "drizzle-orm";

import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { closedWeekRefusal } from "./time-rules";
import { weekAs } from "./timesheet-access";
import { projectTitle, timesheetStep } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { firstReviewEndsAt, readWeek, reviewEndsAfterResubmission } from "./week-state";

/**
 * The freelancer sends a week to the client: an open week early (no more time can be added
 * to it; without this it goes by itself when logging closes), or a disputed week again after
 * amending it, which gives the client a whole review period from now.
 */
export async function submitWeek({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const now = nowOf(ctx);
    const { week, contract } = await weekAs(db, ctx, input.id, "freelancer");
    // Read in this transaction: a week whose logging closed a moment ago is already gone.
    const reading = readWeek(week, now);
    let reviewEndsAt: Date;
    if (reading.state === "open" && contract.status === "active")
      reviewEndsAt = firstReviewEndsAt(week.weekStart);
    else if (reading.state === "disputed")
      reviewEndsAt = reviewEndsAfterResubmission(week.weekStart, now);
    else if (reading.state === "submitted" && !reading.autoSubmitted)
      throw new ConflictError("This week has already gone to the client for review.");
    else throw closedWeekRefusal(reading);
    const [updated] = await db
      .update(timesheetWeeks)
      .set({ status: "submitted", submittedAt: now, reviewEndsAt, updatedAt: now })
      .where(and(eq(timesheetWeeks.id, week.id), eq(timesheetWeeks.status, week.status)))
      .returning();
    if (!updated) throw new ConflictError("This week changed a moment ago: reload to see it.");
    await notify(
      tx,
      timesheetStep({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        week: updated,
        step: "submitted",
        at: now,
      }),
    );
    // Charged when it goes to the client, released once approved (domain/money/bill-week.ts).
    await enqueueJob(tx, "timesheet.bill_week", { weekId: week.id });
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `timesheet.submitted:${week.id}:${now.getTime()}`,
      body: `${ctx.actor.name} submitted the week of ${formatDay(week.weekStart)} for review.`,
    });
    return updated;
  });
}
