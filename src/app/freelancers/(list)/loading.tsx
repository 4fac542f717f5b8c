/** Shown while a page of freelancers renders: same shape as the cards, so nothing jumps. */
export default function LoadingFreelancers() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">Loading freelancers…</span>
      <div className="flex flex-col gap-2">
        <div className="h-9 w-48 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-5 w-96 max-w-full animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      </div>
      <div className="h-36 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" />
      {Array.from({ length: 4 }, (_, i) => (
        <div
          key={i}
          className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
        />
      ))}
    </div>
  );
}
