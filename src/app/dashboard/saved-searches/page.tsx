import type { Metadata } from "next";

import { FormAlert } from "~/app/_components/form/form-alert";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, requireViewer } from "~/trpc/server";
import { SavedSearchList } from "./saved-search-list";

export const metadata: Metadata = { title: "Saved searches" };

/** A freelancer's saved /projects searches: what each looks for, its alerts, rename, delete. */
export default async function SavedSearchesPage() {
  const viewer = await requireViewer("/dashboard/saved-searches");
  if (viewer.role !== "freelancer") {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
          Saved searches
        </h1>
        <FormAlert tone="info">
          Saved searches are for freelancers: they tell them of new projects that match.
        </FormAlert>
      </div>
    );
  }
  const [skills] = await Promise.all([api.marketplace.skills(), api.savedSearch.list.prefetch()]);
  return (
    <HydrateClient>
      <SavedSearchList
        skillNames={Object.fromEntries(skills.map((skill) => [skill.slug, skill.name]))}
      />
    </HydrateClient>
  );
}
