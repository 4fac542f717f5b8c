import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { statusLabel } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { api, requireViewer } from "~/trpc/server";

export const metadata: Metadata = { title: "My projects" };

export default async function MyProjectsPage() {
  const viewer = await requireViewer("/my/projects");
  if (viewer.role !== "client")
    return <FormAlert tone="info">Only client accounts have projects.</FormAlert>;
  const projects = await api.project.mine();
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">My projects</h1>
        <Link
          href="/projects/new"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white"
        >
          Post a project
        </Link>
      </header>
      {projects.length === 0 ? (
        <EmptyState>You have no projects yet.</EmptyState>
      ) : (
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
                className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
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
      )}
    </div>
  );
}
