import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { TRPCError } from "@trpc/server";

import { getRequestTime } from "~/app/_components/request-time";
import { IgnoredParameters } from "~/app/_components/ignored-parameters";
import { parseLeniently } from "~/shared/schemas/lenient";
import {
  ignoredSearchParts,
  savedSearchQuery,
  searchInputFrom,
  searchValuesFrom,
} from "~/shared/project-search-url";
import { ListOpenProjectsInput } from "~/shared/schemas/project";
import { HydrateIsland } from "~/trpc/hydrate-island";
import { api, getViewer } from "~/trpc/server";
import { LazySaveSearch } from "./_components/lazy-save-search";
import { ProjectFeed } from "./_components/project-feed";
import { SearchForm } from "./_components/search-form";
import { SearchResults } from "./_components/search-results";

export const metadata: Metadata = { title: "Open projects" };

type Params = Record<string, string | string[] | undefined>;

/** A saved search's name to start from: its words, or a plain one when it has only filters. */
function suggestedName(q = "") {
  const words = q.trim().replace(/\s+/g, " ");
  return words ? Array.from(words).slice(0, 80).join("").trim() : "My search";
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const values = searchValuesFrom(params);
  const searching = Object.keys(values).length > 0;
  const viewer = await getViewer();
  // Freelancers get a Save button on every card: one read of their saved ids serves them all.
  const saveable = viewer?.role === "freelancer";
  const [stats, skills] = await Promise.all([
    api.marketplace.stats(),
    api.marketplace.skills(),
    saveable ? api.saved.projectIds.prefetch() : null,
  ]);
  const now = getRequestTime();

  const header = (
    <header className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Open projects
        </h1>
        <p className="text-slate-600 dark:text-slate-400">
          {stats.openProjects.toLocaleString("en-US")} projects are looking for a freelancer.
        </p>
      </div>
      {saveable ? (
        <div className="flex gap-4 text-sm font-medium">
          <Link href="/saved" className="text-brand-700 dark:text-brand-300 hover:underline">
            Saved projects
          </Link>
          <Link
            href="/dashboard/saved-searches"
            className="text-brand-700 dark:text-brand-300 hover:underline"
          >
            Saved searches
          </Link>
        </div>
      ) : null}
    </header>
  );

  // The form sits at the same place in both layouts, so React keeps it (and the focus in its
  // words box) when search-as-you-type switches from the newest-projects feed to results.
  // Only a freelancer's parts (Save buttons, Save this search) use tRPC: only they load it.
  const layout = (results: ReactNode) => {
    const page = (
      <div className="flex flex-col gap-6">
        {header}
        <SearchForm values={values} skills={skills} filtersOpen={params.filters === "1"} />
        {results}
      </div>
    );
    return saveable ? <HydrateIsland>{page}</HydrateIsland> : page;
  };

  if (searching) {
    const { data: input, ignored } = searchInputFrom(values);
    // A stale cursor from an old link: show the first page of the same search.
    const result = await api.project.search(input).catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "BAD_REQUEST")
        return api.project.search({ ...input, cursor: undefined });
      throw error;
    });
    const next = result.nextCursor
      ? new URLSearchParams({ ...values, after: result.nextCursor })
      : null;
    const query = savedSearchQuery(values);
    return layout(
      <>
        <IgnoredParameters labels={ignoredSearchParts(ignored, values.q)} />
        {saveable && query ? (
          // Keyed by the search: a new search (typed as you go) starts a fresh form.
          <LazySaveSearch key={query} query={query} suggestedName={suggestedName(values.q)} />
        ) : null}
        <SearchResults
          result={result}
          now={now}
          nextHref={next ? `/projects?${next.toString()}` : null}
          saveable={saveable}
        />
      </>,
    );
  }

  // No search: the newest projects, newer and older pages.
  const { data: input, ignored } = parseLeniently(ListOpenProjectsInput, {
    cursor: typeof params.cursor === "string" ? params.cursor : undefined,
    direction: params.direction === "backward" ? "backward" : "forward",
  });
  const page = await api.project.listOpen(input);
  return layout(
    <>
      <IgnoredParameters labels={ignored.length > 0 ? ["the page position"] : []} />
      <ProjectFeed input={input} page={page} now={now} saveable={saveable} />
    </>,
  );
}
