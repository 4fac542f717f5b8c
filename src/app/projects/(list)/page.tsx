import type { Metadata } from "next";

import { ListOpenProjectsInput } from "~/shared/schemas/project";
import { api, HydrateClient } from "~/trpc/server";
import { getRequestTime } from "~/app/_components/request-time";
import { ProjectFeed } from "./_components/project-feed";

export const metadata: Metadata = { title: "Open projects" };

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // A malformed or stale link falls back to the first page rather than an error page.
  const parsed = ListOpenProjectsInput.safeParse({
    cursor: typeof params.cursor === "string" ? params.cursor : undefined,
    direction: params.direction === "backward" ? "backward" : "forward",
  });
  const input = parsed.success ? parsed.data : ListOpenProjectsInput.parse({});

  const [stats] = await Promise.all([
    api.marketplace.stats(),
    api.project.listOpen.prefetch(input),
  ]);

  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-1">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
            Open projects
          </h1>
          <p className="text-slate-600 dark:text-slate-400">
            {stats.openProjects.toLocaleString("en-US")} projects are looking for a freelancer.
            Newest first.
          </p>
        </header>
        <ProjectFeed input={input} now={getRequestTime()} />
      </div>
    </HydrateClient>
  );
}
