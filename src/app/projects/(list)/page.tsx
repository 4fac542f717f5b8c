import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TRPCError } from "@trpc/server";

import { getRequestTime } from "~/app/_components/request-time";
import { parseMoneyToMinor } from "~/shared/format/money";
import { ListOpenProjectsInput, SearchProjectsInput } from "~/shared/schemas/project";
import { api, HydrateClient } from "~/trpc/server";
import { ProjectFeed } from "./_components/project-feed";
import { SearchForm } from "./_components/search-form";
import { SearchResults } from "./_components/search-results";

export const metadata: Metadata = { title: "Open projects" };

type Params = Record<string, string | string[] | undefined>;
const SEARCH_KEYS = [
  "q",
  "type",
  "level",
  "posted",
  "sort",
  "skills",
  "min",
  "max",
  "after",
] as const;

function single(params: Params) {
  return Object.fromEntries(
    SEARCH_KEYS.flatMap((key) =>
      typeof params[key] === "string" && params[key] ? [[key, params[key]]] : [],
    ),
  ) as Record<string, string>;
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const values = single(params);
  const searching = Object.keys(values).length > 0;
  const [stats, skills] = await Promise.all([api.marketplace.stats(), api.marketplace.skills()]);
  const now = getRequestTime();

  const header = (
    <header className="flex flex-col gap-1">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
        Open projects
      </h1>
      <p className="text-slate-600 dark:text-slate-400">
        {stats.openProjects.toLocaleString("en-US")} projects are looking for a freelancer.
      </p>
    </header>
  );

  // The form sits at the same place in both layouts, so React keeps it (and the focus in its
  // words box) when search-as-you-type switches from the newest-projects feed to results.
  const layout = (results: ReactNode) => (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        {header}
        <SearchForm values={values} skills={skills} />
        {results}
      </div>
    </HydrateClient>
  );

  if (searching) {
    // A malformed filter is dropped rather than answered with an error page.
    const parsed = SearchProjectsInput.safeParse({
      q: values.q ?? "",
      skills: values.skills ? values.skills.split(",").filter(Boolean) : [],
      budgetType: values.type,
      experienceLevel: values.level,
      postedWithinDays: values.posted ? Number(values.posted) : undefined,
      // Budgets are typed in whole units and compared in cents, across currencies.
      minBudgetMinor: values.min ? (parseMoneyToMinor(values.min, "USD") ?? undefined) : undefined,
      maxBudgetMinor: values.max ? (parseMoneyToMinor(values.max, "USD") ?? undefined) : undefined,
      sort: values.sort,
      cursor: values.after,
    });
    const input = parsed.success ? parsed.data : SearchProjectsInput.parse({ q: values.q ?? "" });
    // A stale cursor or impossible sort from an old link: show the first page of the same words.
    const result = await api.project.search(input).catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "BAD_REQUEST")
        return api.project.search({ q: input.q });
      throw error;
    });
    const next = result.nextCursor
      ? new URLSearchParams({ ...values, after: result.nextCursor })
      : null;
    return layout(
      <SearchResults
        result={result}
        now={now}
        nextHref={next ? `/projects?${next.toString()}` : null}
      />,
    );
  }

  // No search: the newest projects, newer and older pages.
  const parsed = ListOpenProjectsInput.safeParse({
    cursor: typeof params.cursor === "string" ? params.cursor : undefined,
    direction: params.direction === "backward" ? "backward" : "forward",
  });
  const input = parsed.success ? parsed.data : ListOpenProjectsInput.parse({});
  await api.project.listOpen.prefetch(input);
  return layout(<ProjectFeed input={input} now={now} />);
}
