import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { IgnoredParameters } from "~/app/_components/ignored-parameters";
import { clipped, parseLeniently } from "~/shared/schemas/lenient";
import { SearchFreelancersInput } from "~/shared/schemas/profile";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, getViewer } from "~/trpc/server";
import { FreelancerCard } from "~/app/freelancers/_components/freelancer-card";
import { FreelancerSearchForm } from "~/app/freelancers/_components/freelancer-search-form";

export const metadata: Metadata = { title: "Freelancers" };

type Params = Record<string, string | string[] | undefined>;

const SEARCH_WORDS_MAX = 200;
const FIELD_LABELS: Record<keyof typeof SearchFreelancersInput.shape, string> = {
  q: "search words",
  skills: "skill",
  availableOnly: "taking work",
  page: "page number",
};

export default async function FreelancersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const text = (key: string) => (typeof params[key] === "string" ? params[key] : "");
  const values = { q: text("q"), skill: text("skill"), available: text("available") };
  const { data: input, ignored } = parseLeniently(SearchFreelancersInput, {
    q: clipped(values.q, SEARCH_WORDS_MAX),
    skills: values.skill ? [values.skill] : undefined,
    availableOnly: values.available === "1",
    page: text("page") ? Number(text("page")) : undefined,
  });
  const ignoredLabels = [
    ...(Array.from(values.q).length > SEARCH_WORDS_MAX
      ? [`search words past ${SEARCH_WORDS_MAX} characters`]
      : []),
    ...ignored.map((key) => FIELD_LABELS[key]),
  ];
  const viewer = await getViewer();
  const saveable = viewer?.role === "client";
  const [result, skills] = await Promise.all([
    api.profile.searchFreelancers(input),
    api.marketplace.skills(),
    saveable ? api.saved.freelancerIds.prefetch() : null,
  ]);
  const pageHref = (page: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...values, page: String(page) }).filter(([, v]) => v !== ""),
    );
    return `/freelancers?${query.toString()}`;
  };

  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <header className="flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
          <div className="flex flex-col gap-1">
            <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">
              Freelancers
            </h1>
            <p className="text-slate-600 dark:text-slate-400">
              Find people by what they do, the skills they have and whether they are taking work.
            </p>
          </div>
          {saveable ? (
            <Link
              href="/saved"
              className="text-brand-700 dark:text-brand-300 text-sm font-medium hover:underline"
            >
              Saved freelancers
            </Link>
          ) : null}
        </header>
        <FreelancerSearchForm values={values} skills={skills} />
        <IgnoredParameters labels={ignoredLabels} />
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {result.total.toLocaleString("en-US")} freelancer{result.total === 1 ? "" : "s"}
          {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
        </p>
        {result.freelancers.length === 0 ? (
          <EmptyState>
            No freelancers match that search.{" "}
            <Link href="/freelancers" className="underline">
              Clear the filters
            </Link>
            .
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4" aria-label="Freelancers">
            {result.freelancers.map((freelancer) => (
              <li key={freelancer.id}>
                <FreelancerCard freelancer={freelancer} saveable={saveable} />
              </li>
            ))}
          </ul>
        )}
        {result.pageCount > 1 ? (
          <nav aria-label="Pages" className="flex justify-between text-sm font-medium">
            {result.page > 1 ? (
              <Link
                href={pageHref(result.page - 1)}
                className="text-brand-700 dark:text-brand-300 underline"
                rel="prev"
              >
                ← Previous
              </Link>
            ) : (
              <span />
            )}
            {result.page < result.pageCount ? (
              <Link
                href={pageHref(result.page + 1)}
                className="text-brand-700 dark:text-brand-300 underline"
                rel="next"
              >
                Next →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </HydrateClient>
  );
}
