import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { Markdown } from "~/app/_components/markdown";
import { SummaryPanel } from "~/app/_components/summary-panel";
import { Rating } from "~/app/_components/rating";
import { getRequestTime } from "~/app/_components/request-time";
import { ReviewsSection } from "~/app/_components/reviews-section";
import { formatDate, timeAgo } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { api, getViewer, orNull } from "~/trpc/server";
import { Avatar } from "~/app/_components/avatar";
import { HiddenNote } from "~/app/_components/hidden-note";
import { LazyReportButton } from "~/app/_components/report/lazy-report-button";
import { HydrateIsland } from "~/trpc/hydrate-island";

type Params = Promise<{ clientId: string }>;

const loadClient = cache((id: string) => orNull(api.profile.client({ id })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const client = await loadClient((await params).clientId);
  return { title: client ? client.companyName || client.name : "Client not found" };
}

const card =
  "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900";

export default async function ClientPage({ params }: { params: Params }) {
  const client = await loadClient((await params).clientId);
  if (!client) notFound();
  const viewer = await getViewer();
  const now = new Date(getRequestTime());
  const facts = [
    { term: "Location", detail: client.location || "Not given" },
    { term: "Completed contracts", detail: String(client.completedContracts) },
    { term: "Open projects", detail: String(client.openProjectCount) },
    { term: "Member since", detail: formatDate(client.memberSince) },
  ];

  const own = viewer?.id === client.id;
  const content = (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="flex min-w-0 flex-col gap-6">
        <article className={card}>
          <header className="flex flex-col gap-2 border-b border-slate-200 pb-4 dark:border-slate-800">
            <div className="flex flex-wrap items-center gap-3">
              <Avatar userId={client.id} size={64} />
              <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">
                {client.companyName || client.name}
              </h1>
            </div>
            {client.companyName ? (
              <p className="text-slate-700 dark:text-slate-300">Represented by {client.name}</p>
            ) : null}
            <Rating
              value={client.reviews.averages.overall}
              count={client.reviews.count}
              size="md"
            />
            {client.website ? (
              <a
                href={client.website}
                rel="nofollow ugc noopener noreferrer"
                className="text-brand-700 dark:text-brand-300 text-sm break-all underline"
              >
                {client.website.replace(/^https?:\/\//, "")}
              </a>
            ) : null}
            {viewer?.id === client.id ? (
              <Link
                href="/account/public-profile"
                className="text-brand-700 dark:text-brand-300 text-sm underline"
              >
                Edit your profile
              </Link>
            ) : null}
            <HiddenNote note={client.hiddenNote} />
            {viewer && !own ? (
              <div>
                <LazyReportButton
                  subjectType="profile"
                  subjectId={client.id}
                  name={`${client.companyName || client.name}'s profile`}
                />
              </div>
            ) : null}
          </header>
          <section aria-labelledby="about-heading" className="mt-4">
            <h2 id="about-heading" className="sr-only">
              About
            </h2>
            {client.about ? (
              <Markdown text={client.about} />
            ) : (
              <p className="text-slate-600 dark:text-slate-400">No description yet.</p>
            )}
          </section>
        </article>
        <section aria-labelledby="open-heading" className="flex flex-col gap-4">
          <h2 id="open-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
            Open projects
          </h2>
          {client.openProjects.length === 0 ? (
            <EmptyState>No open projects right now.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {client.openProjects.map((project) => (
                <li
                  key={project.id}
                  className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between"
                >
                  <Link
                    href={`/projects/${project.id}`}
                    className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
                  >
                    {project.title}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {formatBudget(project)}
                    {project.publishedAt ? ` · ${timeAgo(project.publishedAt, now)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {client.openProjectCount > client.openProjects.length ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The newest {client.openProjects.length} of {client.openProjectCount} open projects.
            </p>
          ) : null}
        </section>
        <ReviewsSection
          data={client.reviews}
          name={client.companyName || client.name}
          viewerId={viewer?.id ?? null}
        />
      </div>
      <SummaryPanel title="At a glance" facts={facts} />
    </div>
  );
  // Only a signed-in viewer's Report buttons read client data: the provider comes with them.
  return viewer ? <HydrateIsland>{content}</HydrateIsland> : content;
}
