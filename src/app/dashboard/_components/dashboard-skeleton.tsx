/** Shown while the dashboard gathers its lists: the same blocks, so nothing jumps. */
export default function LoadingDashboard() {
  const block =
    "animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";
  return (
    <div className="flex flex-col gap-8" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading your dashboard…</span>
      <div className="flex flex-col gap-2">
        <div className="h-9 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-5 w-64 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className={`${block} h-24`} />
        ))}
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className={`${block} h-56`} />
        ))}
      </div>
    </div>
  );
}
