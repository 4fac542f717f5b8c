import { bucketHeading, bucketLabel, type BucketSize } from "./bucket-labels";

const BAR_PITCH = 10;
const HEIGHT = 100;

/**
 * One series as bars, drawn on the server as plain SVG: geometry in SVG attributes and colour
 * in Tailwind classes, so it renders under the strict CSP (no `style` attribute, no script,
 * nothing fetched) and ships no JavaScript. The picture is for the eye (its `<title>`s show a
 * bar's value on hover); the table beneath holds the same numbers for everyone.
 */
export function BarChart({
  id,
  title,
  size,
  starts,
  values,
  format,
  unit,
  level = 3,
}: {
  id: string;
  title: string;
  size: BucketSize;
  starts: Date[];
  values: number[];
  format: (value: number) => string;
  /** What a value counts, for the table's column. */
  unit: string;
  /** Its heading's level in the page's outline. */
  level?: 3 | 4;
}) {
  const Heading = level === 3 ? "h3" : "h4";
  const max = Math.max(0, ...values);
  const total = values.reduce((sum, value) => sum + value, 0);
  const width = values.length * BAR_PITCH;
  const labels = starts.map((start) => bucketLabel(size, start));
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="flex min-w-0 flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-3">
        <Heading id={`${id}-title`} className="font-semibold text-slate-900 dark:text-white">
          {title}
        </Heading>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Total{" "}
          <span className="font-semibold text-slate-900 tabular-nums dark:text-white">
            {format(total)}
          </span>
        </p>
      </figcaption>
      <div aria-hidden="true" className="flex flex-col gap-1">
        <p className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
          {max > 0 ? `Highest ${format(max)}` : "None in this period"}
        </p>
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-28 w-full overflow-visible"
          focusable="false"
        >
          <line
            x1={0}
            x2={width}
            y1={HEIGHT}
            y2={HEIGHT}
            vectorEffect="non-scaling-stroke"
            className="stroke-slate-300 dark:stroke-slate-600"
            strokeWidth={1}
          />
          {values.map((value, i) => {
            const height = max > 0 ? (value / max) * (HEIGHT - 4) : 0;
            return (
              <rect
                key={labels[i]}
                x={i * BAR_PITCH + 1.5}
                y={HEIGHT - height}
                width={BAR_PITCH - 3}
                height={height}
                rx={1}
                className="fill-brand-600 dark:fill-brand-400"
              >
                <title>{`${labels[i]}: ${format(value)}`}</title>
              </rect>
            );
          })}
        </svg>
        <p className="flex justify-between gap-2 text-xs text-slate-500 dark:text-slate-400">
          <span>{labels[0]}</span>
          <span>{labels.at(-1)}</span>
        </p>
      </div>
      <details className="group text-sm">
        <summary className="text-brand-700 focus-visible:ring-brand-500 dark:text-brand-300 cursor-pointer rounded font-medium hover:underline focus-visible:ring-2 focus-visible:outline-none">
          The numbers<span className="sr-only"> of {title.toLowerCase()}</span>
        </summary>
        <table data-chart={id} className="mt-2 w-full text-left tabular-nums">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="py-1 pr-3 font-medium whitespace-nowrap">
                {bucketHeading[size]}
              </th>
              <th scope="col" className="py-1 text-right font-medium whitespace-nowrap">
                {unit}
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((value, i) => (
              <tr
                key={labels[i]}
                data-start={starts[i]?.toISOString()}
                className="border-b border-slate-100 last:border-0 dark:border-slate-800"
              >
                <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                  {labels[i]}
                </th>
                <td data-value={value} className="py-1 text-right">
                  {format(value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
