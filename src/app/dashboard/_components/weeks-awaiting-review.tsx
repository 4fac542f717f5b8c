import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { formatDeadline, formatHours, formatWeekOf } from "~/shared/format/hours";
import { formatMoney } from "~/shared/format/money";

interface WeekRow {
  id: string;
  contractId: string;
  weekStart: Date;
  projectTitle: string;
  freelancerName: string;
  totalMinutes: number;
  amountMinor: number;
  currency: string;
  reviewEndsAt: Date | null;
}

/** Hourly weeks waiting for the client, the soonest to count as approved first. */
export function WeeksAwaitingReview({ weeks }: { weeks: WeekRow[] }) {
  if (weeks.length === 0) return <EmptyState>No timesheet weeks are waiting for you.</EmptyState>;
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {weeks.map((week) => (
        <li key={week.id} className="flex flex-col gap-1 p-4">
          <Link
            href={`/contracts/${week.contractId}`}
            className="text-brand-700 dark:text-brand-300 font-semibold wrap-anywhere hover:underline"
          >
            {formatWeekOf(week.weekStart)}
            <span className="sr-only"> on {week.projectTitle}</span>
          </Link>
          <p className="truncate text-sm text-slate-600 dark:text-slate-400" aria-hidden="true">
            {week.projectTitle}
          </p>
          <p className="flex flex-wrap gap-x-3 text-sm">
            <span>{week.freelancerName}</span>
            <span className="font-semibold tabular-nums">
              {formatHours(week.totalMinutes)} · {formatMoney(week.amountMinor, week.currency)}
            </span>
            <span className="text-slate-600 dark:text-slate-400">
              Review by {formatDeadline(week.reviewEndsAt!)}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}
