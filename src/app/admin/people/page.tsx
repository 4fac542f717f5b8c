import type { Metadata } from "next";

import { IgnoredParameters } from "~/app/_components/ignored-parameters";
import { PeopleFilter, readFilter } from "~/shared/schemas/admin";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireProvenAdmin } from "~/trpc/server";
import { PeopleFilters } from "./people-filters";
import { PeopleList } from "./people-list";

export const metadata: Metadata = { title: "People" };

const PAGE_SIZE = 25;

/** Everyone on Guild, newest first, with the search and filters in the URL. */
export default async function AdminPeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await requireProvenAdmin("/admin/people"))) return null;
  const { filter, refused } = readFilter(PeopleFilter, await searchParams);
  const input = { limit: PAGE_SIZE, ...filter };
  await hydrateFirstPage("admin.people", input, api.admin.people);
  return (
    <HydrateClient>
      <section aria-labelledby="people-heading" className="flex flex-col gap-4">
        <h2 id="people-heading" className="text-xl font-semibold">
          People
        </h2>
        <IgnoredParameters labels={refused.map((r) => `${r.key} (${r.message})`)} />
        <PeopleFilters filter={filter} />
        <PeopleList input={input} filtered={Object.keys(filter).length > 0} />
      </section>
    </HydrateClient>
  );
}
