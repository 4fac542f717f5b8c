import "server-only";

import { formatDay } from "~/shared/format/dates";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq } from "drizzle-orm";

import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { activeDispute, frozenRefusal } from "~/server/domain/money/frozen";
import { reviewRefusal } from "./review-refusal";
import { weekAs } from "./timesheet-access";
import { projectTitle, timesheetStep } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { readWeek } from "./week-state";

/**
 * The client approves a week waiting for their review, including one that went to them by
 * itself when logging closed (its submission is written down as of that moment). Once the
 * review period has passed the week already counts as approved: CONFLICT.
 */
export async function approveWeek({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const now = nowOf(ctx);
    const { week, contract } = await weekAs(db, ctx, input.id, "client");
    // Re-read at this transaction's `now`: the review period may have ended since the page loaded.
    const reading = readWeek(week, now);
    if (reading.state !== "submitted") throw reviewRefusal(reading);
    if (await activeDispute(db, "week", week.id))
      throw new ConflictError(frozenRefusal(`the week of ${formatDay(week.weekStart)}`));
    const [updated] = await db
      .update(timesheetWeeks)
      .set({
        status: "approved",
        approvedAt: now,
        submittedAt: reading.submittedAt,
        reviewEndsAt: reading.reviewEndsAt,
        updatedAt: now,
      })
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
        step: "approved",
        at: now,
      }),
    );
    // Charged when it goes to the client, released once approved (domain/money/bill-week.ts).
    await enqueueJob(tx, "timesheet.bill_week", { weekId: week.id });
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `timesheet.approved:${week.id}`,
      body: `${ctx.actor.name} approved the week of ${formatDay(week.weekStart)}.`,
    });
    return updated;
  });
}
