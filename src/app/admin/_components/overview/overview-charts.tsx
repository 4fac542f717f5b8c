import { EmptyState } from "~/app/_components/empty-state";
import { formatMoney } from "~/shared/format/money";
import type { OverviewPeriod } from "~/shared/schemas/ops";
import { api } from "~/trpc/server";
import { BarChart } from "./bar-chart";
import { periodRange } from "./bucket-labels";
import { PeriodSwitch } from "./period-switch";

const counts = [
  { key: "signUps", title: "Sign-ups", unit: "People" },
  { key: "projectsPosted", title: "Projects posted", unit: "Projects" },
  { key: "proposals", title: "Proposals", unit: "Proposals" },
  { key: "contractsStarted", title: "Contracts started", unit: "Contracts" },
  { key: "contractsCompleted", title: "Contracts completed", unit: "Contracts" },
] as const;

const money = [
  { key: "charged", title: "Charged" },
  { key: "released", title: "Released" },
  { key: "refunded", title: "Refunded" },
  { key: "fees", title: "Fees earned" },
] as const;

const whole = (value: number) => value.toLocaleString("en-US");
// `items-start`: a card whose table is open grows alone, not its whole row.
const grid = "grid grid-cols-1 items-start gap-4 md:grid-cols-2 xl:grid-cols-3";

/** The overview's charts for one period, each with its numbers as a table. */
export async function OverviewCharts({ period }: { period: OverviewPeriod }) {
  const overview = await api.ops.overview({ period });
  const starts = overview.buckets.map((bucket) => bucket.start);
  const per = overview.size;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {periodRange(overview.from, overview.to)}, per {per}
        </p>
        <PeriodSwitch current={period} />
      </div>
      <section aria-labelledby="activity-heading" className="flex flex-col gap-3">
        <h2 id="activity-heading" className="text-xl font-semibold">
          Activity
        </h2>
        <div className={grid}>
          {counts.map(({ key, title, unit }) => (
            <BarChart
              key={key}
              id={`chart-${key}`}
              title={title}
              unit={unit}
              size={per}
              starts={starts}
              values={overview.counts[key]}
              format={whole}
            />
          ))}
        </div>
      </section>
      <section aria-labelledby="money-heading" className="flex flex-col gap-3">
        <h2 id="money-heading" className="text-xl font-semibold">
          Money
        </h2>
        {overview.money.length === 0 ? (
          <EmptyState>No money moved in this period.</EmptyState>
        ) : (
          overview.money.map((series) => (
            <section
              key={series.currency}
              aria-labelledby={`money-${series.currency}-heading`}
              className="flex flex-col gap-3"
            >
              <h3
                id={`money-${series.currency}-heading`}
                className="text-base font-semibold text-slate-700 dark:text-slate-300"
              >
                In {series.currency}
              </h3>
              <div className={grid}>
                {money.map(({ key, title }) => (
                  <BarChart
                    key={key}
                    id={`chart-${key}-${series.currency}`}
                    title={`${title} (${series.currency})`}
                    unit="Amount"
                    level={4}
                    size={per}
                    starts={starts}
                    values={series[key]}
                    format={(minor) => formatMoney(minor, series.currency)}
                  />
                ))}
              </div>
            </section>
          ))
        )}
      </section>
    </div>
  );
}

/** While the numbers load: the grid's shape, announced once. */
export function OverviewChartsLoading({ period }: { period: OverviewPeriod }) {
  return (
    <div className="flex flex-col gap-8">
      <div className="flex justify-end">
        <PeriodSwitch current={period} />
      </div>
      <div role="status" className={grid}>
        <span className="sr-only">Loading the overview…</span>
        {counts.map(({ key }) => (
          <div
            key={key}
            className="h-52 animate-pulse rounded-xl border border-slate-200 bg-slate-100 dark:border-slate-800 dark:bg-slate-800/50"
          />
        ))}
      </div>
    </div>
  );
}
