import "server-only";

import { eq } from "drizzle-orm";

import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { changeableEntry } from "./changeable-entry";

/**
 * The freelancer removes an entry while its week is open, or one the client disputed. A week
 * left with no time has nothing to review or bill: it goes too, dispute and all.
 */
export async function deleteTimeEntry({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { entry, week } = await changeableEntry(db, ctx, input.id, nowOf(ctx));
    await db.delete(timeEntries).where(eq(timeEntries.id, entry.id));
    const left = await db.$count(timeEntries, eq(timeEntries.weekId, week.id));
    if (left === 0) await db.delete(timesheetWeeks).where(eq(timesheetWeeks.id, week.id));
    return { id: entry.id, weekDeleted: left === 0 };
  });
}
