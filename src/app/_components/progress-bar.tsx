/**
 * How far something has come, in the brand colour on a neutral track (light and dark), with
 * its label and value in words beside it: colour never carries the meaning alone.
 */
export function ProgressBar({
  label,
  value,
  max,
  valueText,
  name,
}: {
  /** Shown above the bar, e.g. "Milestones approved". */
  label: string;
  value: number;
  max: number;
  /** The value in words, shown and announced, e.g. "2 of 4" or "€1,200 of €5,000". */
  valueText: string;
  /** The bar's accessible name when the visible label is not unique on the page (default: `label`). */
  name?: string;
}) {
  const percent = max > 0 ? Math.min(100, Math.max(0, Math.round((value / max) * 100))) : 0;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
          {label}
        </span>
        <span
          aria-hidden="true"
          className="font-medium text-slate-900 tabular-nums dark:text-white"
        >
          {valueText}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={name ?? label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(max, Math.max(0, value))}
        aria-valuetext={`${valueText} (${percent}%)`}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className="bg-brand-600 dark:bg-brand-400 h-full rounded-full"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
