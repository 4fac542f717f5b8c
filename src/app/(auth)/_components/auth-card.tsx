import type { ReactNode } from "react";

export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby="auth-title"
      className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900"
    >
      <h1
        id="auth-title"
        className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white"
      >
        {title}
      </h1>
      {intro ? (
        <div className="mt-2 text-sm text-slate-600 dark:text-slate-400">{intro}</div>
      ) : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}
