import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { api } from "~/trpc/server";
import { ProjectCard } from "./_components/project-card";
import { getRequestTime } from "./_components/request-time";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [stats, latest] = await Promise.all([
    api.marketplace.stats(),
    api.project.listOpen({ limit: 4 }),
  ]);
  const now = getRequestTime();

  const figures = [
    { label: "open projects", value: stats.openProjects },
    { label: "freelancers", value: stats.freelancers },
    { label: "skills", value: stats.skills },
  ];

  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="hero-heading" className="flex flex-col gap-5 pt-4 sm:pt-10">
        <h1
          id="hero-heading"
          className="max-w-2xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl dark:text-white"
        >
          Good work, fairly found.
        </h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Guild is an open-source freelance marketplace. Clients post projects, freelancers send
          proposals, and the work runs through clear contracts and milestones.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/projects"
            className="bg-brand-600 hover:bg-brand-700 rounded-lg px-5 py-2.5 font-semibold text-white shadow-sm"
          >
            Browse open projects
          </Link>
        </div>
        <dl className="mt-2 grid max-w-xl grid-cols-3 gap-4">
          {figures.map(({ label, value }) => (
            <div
              key={label}
              className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{value.toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="latest-heading" className="flex flex-col gap-4">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="latest-heading" className="text-2xl font-bold tracking-tight">
            Latest projects
          </h2>
          <Link
            href="/projects"
            className="text-brand-700 dark:text-brand-300 rounded-sm text-sm font-medium hover:underline"
          >
            See all projects
          </Link>
        </div>
        {latest.items.length === 0 ? (
          <EmptyState>No open projects yet.</EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" aria-label="Latest projects">
            {latest.items.map((project) => (
              <li key={project.id} className="flex">
                <ProjectCard project={project} now={now} headingLevel="h3" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
