import type { Metadata } from "next";

import { reportSubjects, type ReportSubject } from "~/shared/trust";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireProvenAdmin } from "~/trpc/server";
import { FilterLinks } from "../_components/admin-parts";
import { ContentQueue } from "./content-queue";
import { subjectLabels } from "./subject-labels";

export const metadata: Metadata = { title: "Content" };

const PAGE_SIZE = 20;

/** The moderation queue: reported subjects, the most recently reported first, by kind. */
export default async function AdminContentPage({
  searchParams,
}: {
  searchParams: Promise<{ type?: string | string[] }>;
}) {
  if (!(await requireProvenAdmin("/admin/content"))) return null;
  const { type } = await searchParams;
  const subjectType = reportSubjects.find((kind) => kind === type) ?? null;
  const input = { subjectType, limit: PAGE_SIZE };
  await hydrateFirstPage("moderation.queue", input, api.moderation.queue);
  const filters: { label: string; type: ReportSubject | null }[] = [
    { label: "Everything", type: null },
    ...reportSubjects.map((kind) => ({ label: subjectLabels[kind].plural, type: kind })),
  ];
  return (
    <HydrateClient>
      <section aria-labelledby="content-heading" className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="content-heading" className="text-xl font-semibold">
            Reported content
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Open reports, grouped by what they report, the most recently reported first. Hiding,
            restoring or dismissing closes the reports and tells the reporters; the author is told
            of a hide or a restore, with your reason.
          </p>
        </div>
        <FilterLinks
          label="Show reports about"
          links={filters.map((filter) => ({
            label: filter.label,
            href: filter.type ? `/admin/content?type=${filter.type}` : "/admin/content",
            current: filter.type === subjectType,
          }))}
        />
        <ContentQueue input={input} />
      </section>
    </HydrateClient>
  );
}
