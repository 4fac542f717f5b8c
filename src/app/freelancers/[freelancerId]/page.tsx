import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { Markdown } from "~/app/_components/markdown";
import { SummaryPanel } from "~/app/_components/summary-panel";
import { Rating } from "~/app/_components/rating";
import { ReviewsSection } from "~/app/_components/reviews-section";
import { SaveFreelancerButton } from "~/app/_components/save-buttons";
import { SkillList } from "~/app/_components/skill-list";
import { AvailabilityBadge } from "~/app/freelancers/_components/availability-badge";
import { formatDate } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api, getViewer, orNull } from "~/trpc/server";
import { InviteToProject } from "./invite-to-project";
import { Avatar } from "~/app/_components/avatar";
import { HiddenNote } from "~/app/_components/hidden-note";
import { ReportButton } from "~/app/_components/report/report-button";

type Params = Promise<{ freelancerId: string }>;

const loadFreelancer = cache((id: string) => orNull(api.profile.freelancer({ id })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const freelancer = await loadFreelancer((await params).freelancerId);
  return {
    title: freelancer ? `${freelancer.name}: ${freelancer.headline}` : "Freelancer not found",
  };
}

const card =
  "rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900";

export default async function FreelancerPage({ params }: { params: Params }) {
  const freelancer = await loadFreelancer((await params).freelancerId);
  if (!freelancer) notFound();
  const viewer = await getViewer();
  const own = viewer?.id === freelancer.id;
  // Clients may invite and save; the page reads what the picker and the Save button need.
  const hiring = viewer?.role === "client";
  const conversation = hiring
    ? (
        await Promise.all([
          api.message.withPerson({ userId: freelancer.id }),
          api.invitation.invitableProjects.prefetch({ freelancerId: freelancer.id }),
          api.saved.freelancerIds.prefetch(),
        ])
      )[0]
    : null;

  const facts = [
    {
      term: "Hourly rate",
      detail: `${formatMoney(freelancer.hourlyRateMinor, freelancer.currency)} / hour`,
    },
    { term: "Location", detail: freelancer.location || "Not given" },
    { term: "Completed contracts", detail: String(freelancer.completedContracts) },
    { term: "Member since", detail: formatDate(freelancer.memberSince) },
  ];

  return (
    <HydrateClient>
      <div className="flex flex-col gap-6">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/freelancers" className="text-brand-700 dark:text-brand-300 hover:underline">
            <span aria-hidden="true">← </span>All freelancers
          </Link>
        </nav>
        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          {/* On a phone: the profile, then how to work with them, then the rest; wide, a side column. */}
          <div className="min-w-0 lg:col-start-1">
            <article className={card}>
              <header className="flex flex-col gap-2 border-b border-slate-200 pb-4 dark:border-slate-800">
                <div className="flex flex-wrap items-center gap-3">
                  <Avatar userId={freelancer.id} size={64} />
                  <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white">
                    {freelancer.name}
                  </h1>
                  <AvailabilityBadge availability={freelancer.availability} />
                </div>
                <p className="text-lg text-slate-700 dark:text-slate-300">{freelancer.headline}</p>
                <Rating
                  value={freelancer.reviews.averages.overall}
                  count={freelancer.reviews.count}
                  size="md"
                />
                {own ? (
                  <Link
                    href="/account/public-profile"
                    className="text-brand-700 dark:text-brand-300 text-sm underline"
                  >
                    Edit your profile
                  </Link>
                ) : null}
                <HiddenNote note={freelancer.hiddenNote} />
                {viewer && !own ? (
                  <div>
                    <ReportButton
                      subjectType="profile"
                      subjectId={freelancer.id}
                      name={`${freelancer.name}'s profile`}
                    />
                  </div>
                ) : null}
              </header>
              <section aria-labelledby="about-heading" className="mt-4">
                <h2 id="about-heading" className="sr-only">
                  About
                </h2>
                {freelancer.bio ? (
                  <Markdown text={freelancer.bio} />
                ) : (
                  <p className="text-slate-600 dark:text-slate-400">No introduction yet.</p>
                )}
              </section>
              <section aria-labelledby="skills-heading" className="mt-6">
                <h2
                  id="skills-heading"
                  className="mb-2 text-sm font-semibold text-slate-900 dark:text-white"
                >
                  Skills
                </h2>
                <SkillList skills={freelancer.skills} label="Skills" />
              </section>
            </article>
          </div>
          <div className="flex min-w-0 flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
            {hiring ? (
              <section aria-labelledby="hire-heading" className={card}>
                <div className="flex items-start justify-between gap-3">
                  <h2
                    id="hire-heading"
                    className="text-sm font-semibold text-slate-900 dark:text-white"
                  >
                    Work with {freelancer.name}
                  </h2>
                  <SaveFreelancerButton freelancerId={freelancer.id} name={freelancer.name} />
                </div>
                {conversation?.conversationId ? (
                  <Link
                    href={`/messages/${conversation.conversationId}`}
                    className="bg-brand-600 hover:bg-brand-700 mt-3 flex justify-center rounded-lg px-4 py-2 text-sm font-semibold text-white shadow-sm"
                  >
                    Message {freelancer.name}
                  </Link>
                ) : null}
                <div className="mt-3">
                  <InviteToProject freelancerId={freelancer.id} />
                </div>
              </section>
            ) : null}
            {viewer ? null : (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                <Link
                  href={`/signin?next=${encodeURIComponent(`/freelancers/${freelancer.id}`)}`}
                  className="underline"
                >
                  Sign in
                </Link>{" "}
                as a client to invite {freelancer.name} to a project.
              </p>
            )}
            <SummaryPanel title="At a glance" facts={facts} />
          </div>
          <div className="flex min-w-0 flex-col gap-6 lg:col-start-1">
            <section aria-labelledby="portfolio-heading" className="flex flex-col gap-4">
              <h2
                id="portfolio-heading"
                className="text-xl font-semibold text-slate-900 dark:text-white"
              >
                Portfolio
              </h2>
              {freelancer.portfolio.length === 0 ? (
                <EmptyState>No portfolio items yet.</EmptyState>
              ) : (
                <ul className="grid gap-4 sm:grid-cols-2">
                  {freelancer.portfolio.map((item) => (
                    <li key={item.id} className={card}>
                      {item.imageUrl ? (
                        // Our own file route, sized by the box: next/image would only add a hop.
                        // eslint-disable-next-line @next/next/no-img-element
                        <img
                          src={item.imageUrl}
                          alt={item.title}
                          width={480}
                          height={270}
                          loading="lazy"
                          decoding="async"
                          className="mb-3 aspect-video w-full rounded-lg bg-slate-100 object-cover dark:bg-slate-800"
                        />
                      ) : null}
                      <h3 className="font-semibold text-slate-900 dark:text-white">{item.title}</h3>
                      {item.description ? (
                        <p className="mt-1 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">
                          {item.description}
                        </p>
                      ) : null}
                      {item.url ? (
                        <a
                          href={item.url}
                          rel="nofollow ugc noopener noreferrer"
                          className="text-brand-700 dark:text-brand-300 mt-2 inline-block text-sm break-all underline"
                        >
                          {item.url.replace(/^https?:\/\//, "")}
                          <span className="sr-only"> ({item.title})</span>
                        </a>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <ReviewsSection
              data={freelancer.reviews}
              name={freelancer.name}
              viewerId={viewer?.id ?? null}
            />
          </div>
        </div>
      </div>
    </HydrateClient>
  );
}
