import "server-only";

import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { contracts } from "~/server/db/schema/contracts";
import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { formatDuration } from "~/shared/format/hours";
import { formatDate } from "~/shared/format/labels";
import type { SetWeeklyLimitInput } from "~/shared/schemas/timesheet";
import { weekMinutes } from "./time-rules";
import { hourlyContractAs } from "./timesheet-access";
import { readWeek } from "./week-state";

/**
 * The client changes how many hours a week the freelancer may log. It applies to weeks still
 * open for logging and to every week after; a week already with the client keeps the limit it
 * was logged under. It may not go below time already logged in an open week.
 */
export async function setWeeklyLimit({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SetWeeklyLimitInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const now = nowOf(ctx);
    const contract = await hourlyContractAs(db, ctx, input.contractId, "client", { active: true });
    const limitMinutes = input.weeklyLimitHours * 60;
    const stored = await db
      .select()
      .from(timesheetWeeks)
      .where(and(eq(timesheetWeeks.contractId, contract.id), eq(timesheetWeeks.status, "open")));
    const open = stored.filter((week) => readWeek(week, now).state === "open");
    for (const week of open) {
      const logged = await weekMinutes(db, week.id);
      if (logged > limitMinutes)
        throw new ConflictError(
          `The week of ${formatDate(week.weekStart)} already has ${formatDuration(logged)} logged: set a limit of at least ${Math.ceil(logged / 60)} h.`,
        );
    }
    await db
      .update(contracts)
      .set({ weeklyLimitMinutes: limitMinutes })
      .where(eq(contracts.id, contract.id));
    if (open.length)
      await db
        .update(timesheetWeeks)
        .set({ limitMinutes, updatedAt: now })
        .where(
          inArray(
            timesheetWeeks.id,
            open.map((week) => week.id),
          ),
        );
    return { contractId: contract.id, weeklyLimitMinutes: limitMinutes };
  });
}
