/**
 * Shown while the dashboard gathers its lists: the same blocks, so nothing jumps. The page
 * checks the session before this streams, so a signed-out visitor gets a real redirect.
 */
export function DashboardSkeleton() {
  const block =
    "animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";
  return (
    <div className="flex flex-col gap-8" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading your dashboard…</span>
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
