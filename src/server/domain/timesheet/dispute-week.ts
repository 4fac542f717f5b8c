import "server-only";

import { formatDay } from "~/shared/format/dates";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import type { DisputeWeekInput } from "~/shared/schemas/timesheet";
import { reviewRefusal } from "./review-refusal";
import { weekAs } from "./timesheet-access";
import { projectTitle, timesheetStep } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { readWeek } from "./week-state";

/**
 * The client disputes entries of a week waiting for their review, saying why. The freelancer
 * may then amend those entries (and only those) and resubmit; until then the week stays
 * disputed and does not count as approved, however long it waits.
 */
export async function disputeWeek({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DisputeWeekInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const now = nowOf(ctx);
    const { week, contract } = await weekAs(db, ctx, input.id, "client");
    const reading = readWeek(week, now);
    if (reading.state !== "submitted") throw reviewRefusal(reading);
    const entries = await db
      .select({ id: timeEntries.id })
      .from(timeEntries)
      .where(eq(timeEntries.weekId, week.id));
    const inWeek = new Set(entries.map((entry) => entry.id));
    if (input.entryIds.some((id) => !inWeek.has(id))) {
      const message = "Choose entries from this week only.";
      throw new InvalidError(message, { entryIds: [message] });
    }
    const [updated] = await db
      .update(timesheetWeeks)
      .set({
        status: "disputed",
        disputedAt: now,
        disputeReason: input.reason,
        submittedAt: reading.submittedAt,
        reviewEndsAt: reading.reviewEndsAt,
        updatedAt: now,
      })
      .where(and(eq(timesheetWeeks.id, week.id), eq(timesheetWeeks.status, week.status)))
      .returning();
    if (!updated) throw new ConflictError("This week changed a moment ago: reload to see it.");
    // This dispute replaces any earlier one: exactly the chosen entries are disputed now.
    await db
      .update(timeEntries)
      .set({ disputed: false, updatedAt: now })
      .where(eq(timeEntries.weekId, week.id));
    await db
      .update(timeEntries)
      .set({ disputed: true, updatedAt: now })
      .where(and(eq(timeEntries.weekId, week.id), inArray(timeEntries.id, input.entryIds)));
    await notify(
      tx,
      timesheetStep({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        week: updated,
        step: "disputed",
        at: now,
        reason: input.reason,
      }),
    );
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `timesheet.disputed:${week.id}:${now.getTime()}`,
      body: `${ctx.actor.name} disputed hours in the week of ${formatDay(week.weekStart)}.`,
    });
    return updated;
  });
}
