import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { LazySaveProjectButton } from "~/app/_components/lazy-save-buttons";
import { ProjectCard } from "~/app/_components/project-card";
import type { RouterOutputs } from "~/trpc/react";

type Result = RouterOutputs["project"]["search"];

export function SearchResults({
  result,
  now,
  nextHref,
  saveable,
}: {
  result: Result;
  now: number;
  nextHref: string | null;
  saveable: boolean;
}) {
  if (result.items.length === 0) {
    return (
      <EmptyState title="No projects match" status>
        <p>Try fewer words or filters.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <p role="status" className="sr-only">
        {result.items.length} projects shown{nextHref ? ", more on the next page" : ""}.
      </p>
      <ul className="flex flex-col gap-4" aria-label="Projects">
        {result.items.map((project) => (
          <li key={project.id}>
            <ProjectCard
              project={{ ...project, description: project.snippet }}
              now={now}
              highlight={project}
              save={
                saveable ? (
                  <LazySaveProjectButton projectId={project.id} title={project.title} />
                ) : null
              }
            />
          </li>
        ))}
      </ul>
      {nextHref ? (
        <nav aria-label="Pagination" className="flex justify-end">
          <Link
            href={nextHref}
            rel="next"
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
          >
            More results <span aria-hidden="true">→</span>
          </Link>
        </nav>
      ) : null}
    </>
  );
}
