import type { ReactNode } from "react";

/** What a list says when it has nothing to show, with the next step a person can take. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
      {children}
    </div>
  );
}
