import Link from "next/link";

import { overviewPeriods, type OverviewPeriod } from "~/shared/schemas/ops";

const names: Record<OverviewPeriod, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  "365d": "365 days",
};

/** The overview's period, kept in the URL (`?period=90d`): plain links, so it needs no script. */
export function PeriodSwitch({ current }: { current: OverviewPeriod }) {
  return (
    <nav aria-label="Period">
      <ul className="inline-flex flex-wrap gap-1 rounded-lg border border-slate-200 bg-white p-1 dark:border-slate-800 dark:bg-slate-900">
        {overviewPeriods.map((period) => (
          <li key={period}>
            <Link
              href={`/admin?period=${period}`}
              aria-current={period === current ? "page" : undefined}
              className={`focus-visible:ring-brand-500 inline-block rounded-md px-3 py-1.5 text-sm font-medium focus-visible:ring-2 focus-visible:outline-none ${
                period === current
                  ? "bg-brand-600 dark:bg-brand-500 text-white dark:text-slate-950"
                  : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              }`}
            >
              Last {names[period]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
