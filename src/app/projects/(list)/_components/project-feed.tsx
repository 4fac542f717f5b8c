import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { LazySaveProjectButton } from "~/app/_components/lazy-save-buttons";
import { ProjectCard } from "~/app/_components/project-card";
import type { RouterInputs, RouterOutputs } from "~/trpc/react";

type Input = RouterInputs["project"]["listOpen"];
type Page = RouterOutputs["project"]["listOpen"];

function pageHref(cursor: string, direction: "forward" | "backward") {
  const params = new URLSearchParams({ cursor, direction });
  return `/projects?${params.toString()}`;
}

const pagerLink =
  "inline-flex items-center gap-1 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800";

/** One page of open projects, rendered on the server: nothing here needs the browser. */
export function ProjectFeed({
  input,
  page,
  now,
  saveable,
}: {
  input: Input;
  page: Page;
  now: number;
  saveable: boolean;
}) {
  if (page.items.length === 0) {
    return (
      <EmptyState title="No open projects right now">
        <p>New projects are posted every day. Check back soon.</p>
        {input.cursor ? (
          <Link href="/projects" className={`${pagerLink} mt-4`}>
            Back to the newest projects
          </Link>
        ) : null}
      </EmptyState>
    );
  }

  return (
    <>
      <ul className="flex flex-col gap-4" aria-label="Projects">
        {page.items.map((project) => (
          <li key={project.id}>
            <ProjectCard
              project={project}
              now={now}
              save={
                saveable ? (
                  <LazySaveProjectButton projectId={project.id} title={project.title} />
                ) : null
              }
            />
          </li>
        ))}
      </ul>
      <nav aria-label="Pagination" className="flex items-center justify-between gap-4">
        {page.newerCursor ? (
          <Link href={pageHref(page.newerCursor, "backward")} className={pagerLink} rel="prev">
            <span aria-hidden="true">←</span> Newer projects
          </Link>
        ) : (
          <span />
        )}
        {page.olderCursor ? (
          <Link href={pageHref(page.olderCursor, "forward")} className={pagerLink} rel="next">
            Older projects <span aria-hidden="true">→</span>
          </Link>
        ) : null}
      </nav>
    </>
  );
}
