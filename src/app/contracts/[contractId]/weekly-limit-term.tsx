"use client";

import { formatWeeklyLimit } from "~/shared/format/hours";
import { api } from "~/trpc/react";

/** The contract's weekly limit, read from the timesheet in the cache so a change shows at once. */
export function WeeklyLimitTerm({ contractId }: { contractId: string }) {
  const [sheet] = api.timesheet.get.useSuspenseQuery({ contractId });
  return <>{formatWeeklyLimit(sheet.weeklyLimitMinutes)}</>;
}
