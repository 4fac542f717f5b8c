import "server-only";

import { eq } from "drizzle-orm";
import type { z } from "zod";

import { timeEntries } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import { formatDate } from "~/shared/format/labels";
import { parseIsoDate, weekStartOf } from "~/shared/hourly/calendar";
import type { EditTimeEntryInput } from "~/shared/schemas/timesheet";
import { changeableEntry } from "./changeable-entry";
import { checkRoom, checkWorkDate } from "./time-rules";

/**
 * The freelancer corrects an entry (day, time, description) while its week is open, or
 * amends one the client disputed. The day stays inside the entry's week: time for another
 * week is logged there.
 */
export async function editTimeEntry({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof EditTimeEntryInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const now = nowOf(ctx);
    const { entry, week, contract } = await changeableEntry(db, ctx, input.id, now);
    const workDate = parseIsoDate(input.workDate)!;
    if (weekStartOf(workDate) !== week.weekStart.getTime()) {
      const message = `Keep the day within the week of ${formatDate(week.weekStart)}: to move time to another week, delete it here and log it there.`;
      throw new InvalidError(message, { workDate: [message] });
    }
    checkWorkDate(workDate, contract.startedAt, now);
    await checkRoom(db, {
      weekId: week.id,
      limitMinutes: week.limitMinutes,
      contractId: contract.id,
      workDate,
      minutes: input.minutes,
      except: entry.id,
    });
    const [updated] = await db
      .update(timeEntries)
      .set({
        workDate: new Date(workDate),
        minutes: input.minutes,
        description: input.description,
        // The action's moment, so "amended after the dispute" compares like with like.
        updatedAt: now,
      })
      .where(eq(timeEntries.id, entry.id))
      .returning();
    return updated!;
  });
}
