import Link from "next/link";
import { Suspense } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { ProjectCard } from "~/app/_components/project-card";
import { SaveProjectButton } from "~/app/_components/save-buttons";
import { proposalStatusLabel } from "~/shared/format/labels";
import { formatBid } from "~/shared/format/money";
import { HydrateClient } from "~/trpc/hydrate-client";
import { api } from "~/trpc/server";
import { ActiveContracts, CountTiles, DashboardSection, MilestonesDue } from "./dashboard-parts";
import { ReceivedInvitations } from "./received-invitations";

export async function FreelancerDashboard({ now }: { now: number }) {
  const [board] = await Promise.all([
    api.dashboard.freelancer(),
    api.invitation.received.prefetch(),
  ]);
  const counts = board.proposalCounts;
  // A missing profile is a step of the first-steps checklist above: no banner of its own here.
  return (
    <>
      <HydrateClient>
        <ReceivedInvitations now={now} />
      </HydrateClient>
      <CountTiles
        label="Your proposals by status"
        tiles={[
          { label: "Sent", count: counts.submitted, href: "/my/proposals" },
          { label: "Shortlisted", count: counts.shortlisted, href: "/my/proposals" },
          { label: "Hired", count: counts.accepted, href: "/my/proposals" },
          {
            label: "Not chosen or closed",
            count: counts.rejected + counts.declined,
            href: "/my/proposals",
          },
        ]}
      />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link
          href="/projects"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white shadow-sm"
        >
          Find work
        </Link>
        <Link
          href="/saved"
          className="text-brand-700 dark:text-brand-300 text-sm font-medium hover:underline"
        >
          Saved projects
        </Link>
        <Link
          href="/dashboard/saved-searches"
          className="text-brand-700 dark:text-brand-300 text-sm font-medium hover:underline"
        >
          Saved searches
        </Link>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <DashboardSection id="contracts-heading" title="Active contracts">
          <ActiveContracts contracts={board.activeContracts} role="freelancer" />
        </DashboardSection>
        <DashboardSection id="milestones-heading" title="Milestones">
          <MilestonesDue milestones={board.milestones} role="freelancer" now={now} />
        </DashboardSection>
      </div>
      <DashboardSection
        id="recommended-heading"
        title="Recommended for you"
        action={{ href: "/projects", label: "Search all projects" }}
      >
        {/* The ranking is the slowest query here: the rest of the page does not wait for it. */}
        <Suspense fallback={<RecommendationsLoading />}>
          <Recommendations now={now} />
        </Suspense>
      </DashboardSection>
      <DashboardSection
        id="proposals-heading"
        title="Recent proposals"
        action={{ href: "/my/proposals", label: "All proposals" }}
      >
        {board.recentProposals.length === 0 ? (
          <EmptyState>
            No proposals yet.{" "}
            <Link href="/projects" className="underline">
              Find a project
            </Link>
            .
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {board.recentProposals.map((p) => (
              <li
                key={p.id}
                className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <Link
                  href={`/projects/${p.projectId}`}
                  className="text-brand-700 dark:text-brand-300 min-w-0 truncate font-semibold hover:underline"
                >
                  {p.projectTitle}
                </Link>
                <span className="shrink-0 text-sm text-slate-600 dark:text-slate-400">
                  {formatBid(p.bidMinor, p.currency, p.budgetType)} ·{" "}
                  {proposalStatusLabel(p.status, "freelancer")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </DashboardSection>
    </>
  );
}

async function Recommendations({ now }: { now: number }) {
  const [recommended] = await Promise.all([
    api.dashboard.recommendations(),
    api.saved.projectIds.prefetch(),
  ]);
  if (recommended.projects.length === 0)
    return (
      <EmptyState>
        {recommended.hasProfile
          ? "No open projects match your skills right now. Add skills to your profile or search all projects."
          : "Add skills to your profile to see projects that fit them."}
      </EmptyState>
    );
  return (
    <HydrateClient>
      <ul className="grid gap-4 lg:grid-cols-2">
        {recommended.projects.map((project) => (
          <li key={project.id} className="flex flex-col gap-1">
            <ProjectCard
              project={project}
              now={now}
              headingLevel="h3"
              save={<SaveProjectButton projectId={project.id} title={project.title} />}
            />
            <p className="px-1 text-xs text-slate-600 dark:text-slate-400">
              {project.skillsMatched} of your skills
              {project.budgetFit ? " · pays your rate" : ""}
            </p>
          </li>
        ))}
      </ul>
    </HydrateClient>
  );
}

function RecommendationsLoading() {
  return (
    <div className="grid gap-4 lg:grid-cols-2" aria-busy="true">
      <span className="sr-only">Finding projects for you…</span>
      {Array.from({ length: 4 }, (_, i) => (
        <div
          key={i}
          className="h-56 animate-pulse rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900"
        />
      ))}
    </div>
  );
}
