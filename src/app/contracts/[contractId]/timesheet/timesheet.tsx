"use client";

import { formatRate, formatWeeklyLimit } from "~/shared/format/hours";
import { api } from "~/trpc/react";
import { LogTimeForm } from "./log-time-form";
import { WeekCard } from "./week-card";

/**
 * An hourly contract's timesheet, read from the cache the page filled: the freelancer's form
 * to log time, then every week, this one first, each with what the viewer may do with it.
 */
export function Timesheet({ contractId }: { contractId: string }) {
  const [sheet] = api.timesheet.get.useSuspenseQuery({ contractId });
  return (
    <section aria-labelledby="timesheet-heading" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="timesheet-heading" className="text-xl font-semibold">
          Timesheet
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatRate(sheet.rateMinor, sheet.currency)}, limit{" "}
          {formatWeeklyLimit(sheet.weeklyLimitMinutes)}. Weeks run Monday to Sunday, UTC. Time is
          logged in quarter hours, for this week and, until the end of Monday, for last week. Each
          week goes to the client for review, who has until 5 days after it ends; a week left
          unanswered then counts as approved.
        </p>
      </div>
      {sheet.loggable ? <LogTimeForm contractId={contractId} days={sheet.loggable} /> : null}
      <ol aria-label="Weeks" className="flex flex-col gap-4">
        {sheet.weeks.map((week) => (
          <li key={week.weekStart.getTime()}>
            <WeekCard week={week} sheet={sheet} />
          </li>
        ))}
      </ol>
    </section>
  );
}
