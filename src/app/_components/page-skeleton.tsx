/**
 * A detail page's shape while it loads (a title block, a main column and a side panel), so
 * the content lands where the placeholders were and nothing jumps.
 */
export function DetailSkeleton({ label, aside = true }: { label: string; aside?: boolean }) {
  const block =
    "animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900";
  return (
    <div className="flex flex-col gap-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div className="h-5 w-32 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      <div className={`grid gap-6 ${aside ? "lg:grid-cols-[1fr_18rem]" : ""}`}>
        <div className="flex flex-col gap-6">
          <div className={`${block} h-72`} />
          <div className={`${block} h-40`} />
        </div>
        {aside ? <div className={`${block} h-48`} /> : null}
      </div>
    </div>
  );
}
