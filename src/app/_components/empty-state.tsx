import type { ReactNode } from "react";

/**
 * What a list says when it has nothing to show, with the next step a person can take. A
 * `title` makes it a page's main answer (no search results); `status` announces it when it
 * replaces results that were there a moment ago.
 */
export function EmptyState({
  title,
  status = false,
  children,
}: {
  title?: string;
  status?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role={status ? "status" : undefined}
      className={`rounded-xl border border-dashed border-slate-300 text-center text-slate-600 dark:border-slate-700 dark:text-slate-400 ${title ? "p-10" : "p-6 text-sm"}`}
    >
      {title ? (
        <h2 className="mb-1 text-lg font-semibold text-slate-900 dark:text-white">{title}</h2>
      ) : null}
      {children}
    </div>
  );
}
