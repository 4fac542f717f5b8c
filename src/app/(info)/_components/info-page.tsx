import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The frame of Guild's reading pages (terms, privacy, how it works): a title, when it last
 * changed, a table of contents, and sections sized for reading (about 70 characters a line).
 */
export function InfoPage({
  title,
  updated,
  intro,
  sections,
  children,
}: {
  title: string;
  updated: string;
  intro: ReactNode;
  sections: readonly { id: string; title: string }[];
  children: ReactNode;
}) {
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
          {title}
        </h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">Last updated {updated}</p>
        <div className="text-lg text-slate-700 dark:text-slate-300">{intro}</div>
      </header>
      <nav
        aria-labelledby="contents-heading"
        className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900"
      >
        <h2 id="contents-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
          On this page
        </h2>
        <ol className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {sections.map((section) => (
            <li key={section.id}>
              <Link
                href={`#${section.id}`}
                className="text-brand-700 dark:text-brand-300 underline-offset-2 hover:underline"
              >
                {section.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="flex flex-col gap-10">{children}</div>
    </article>
  );
}

/** One titled part of an info page; its id is the table of contents' anchor. */
export function InfoSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      id={id}
      className="[&_a]:text-brand-700 dark:[&_a]:text-brand-300 flex scroll-mt-6 flex-col gap-3 leading-relaxed text-slate-800 dark:text-slate-200 [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
    >
      <h2
        id={`${id}-heading`}
        className="text-xl font-semibold tracking-tight text-slate-900 dark:text-white"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
