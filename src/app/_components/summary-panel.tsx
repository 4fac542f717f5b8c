import type { ReactNode } from "react";

/** A side panel of labelled facts ("Hourly rate: $95 / hour"), as a description list. */
export function SummaryPanel({
  title,
  facts,
}: {
  title: string;
  facts: { term: string; detail: ReactNode }[];
}) {
  return (
    <aside
      aria-labelledby="summary-heading"
      className="h-fit rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="summary-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      <dl className="mt-3 flex flex-col gap-3 text-sm">
        {facts.map(({ term, detail }) => (
          <div key={term} className="flex justify-between gap-3">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="text-right font-medium text-slate-900 dark:text-white">{detail}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
