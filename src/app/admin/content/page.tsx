import type { Metadata } from "next";
import Link from "next/link";

import { reportSubjects, type ReportSubject } from "~/shared/trust";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, hydrateFirstPage, requireProvenAdmin } from "~/trpc/server";
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
        <nav aria-label="Show reports about">
          <ul className="flex flex-wrap gap-2">
            {filters.map((filter) => {
              const current = filter.type === subjectType;
              return (
                <li key={filter.label}>
                  <Link
                    href={filter.type ? `/admin/content?type=${filter.type}` : "/admin/content"}
                    aria-current={current ? "page" : undefined}
                    className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${
                      current
                        ? "border-brand-600 bg-brand-50 text-brand-800 dark:border-brand-400 dark:bg-brand-950 dark:text-brand-100"
                        : "border-slate-300 text-slate-700 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
                    }`}
                  >
                    {filter.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <ContentQueue input={input} />
      </section>
    </HydrateClient>
  );
}
