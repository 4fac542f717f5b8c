import type { ReactNode } from "react";

/** A titled section of an account page. */
export function Panel({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      {description ? (
        <div className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</div>
      ) : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
