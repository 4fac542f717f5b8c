"use client";

import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { ShowMore } from "~/app/_components/show-more";
import { statusLabel } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { api } from "~/trpc/react";

/** The client's projects, newest first, a page at a time. */
export function MyProjectList({ input }: { input: { limit: number } }) {
  const [{ pages }, list] = api.project.mine.useSuspenseInfiniteQuery(input, {
    getNextPageParam: (page) => page.nextCursor,
  });
  const projects = pages.flatMap((page) => page.items);
  if (projects.length === 0) return <EmptyState>You have no projects yet.</EmptyState>;
  return (
    <div className="flex flex-col gap-4">
      <ul
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        aria-label="My projects"
      >
        {projects.map((project) => (
          <li
            key={project.id}
            className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between"
          >
            <Link
              href={`/my/projects/${project.id}`}
              className="text-brand-700 dark:text-brand-300 font-semibold break-words hover:underline"
            >
              {project.title}
            </Link>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {statusLabel[project.status]} · {formatBudget(project)} · {project.proposalCount}{" "}
              proposal
              {project.proposalCount === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ul>
      <ShowMore list={list} />
    </div>
  );
}
