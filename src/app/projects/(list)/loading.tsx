/** Shown while a page of projects renders: same shape as the cards, so nothing jumps. */
export default function LoadingProjects() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading projects…</span>
      <div className="flex flex-col gap-2">
        <div className="h-9 w-56 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-5 w-80 max-w-full animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      </div>
      {Array.from({ length: 4 }, (_, i) => (
        <div
          key={i}
          className="h-48 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
        />
      ))}
    </div>
  );
}
