import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { Rating } from "~/app/_components/rating";
import { proposalStatusLabel, statusLabel, timeAgo } from "~/shared/format/labels";
import { formatBid } from "~/shared/format/money";
import { api } from "~/trpc/server";
import { ActiveContracts, CountTiles, DashboardSection, MilestonesDue } from "./dashboard-parts";
import { WeeksAwaitingReview } from "./weeks-awaiting-review";

const list =
  "divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900";

export async function ClientDashboard({ now }: { now: number }) {
  const board = await api.dashboard.client();
  const { projectCounts: counts } = board;
  return (
    <>
      <CountTiles
        label="Your projects by status"
        tiles={[
          { label: "Drafts", count: counts.draft, href: "/my/projects" },
          { label: "Open", count: counts.open, href: "/my/projects" },
          { label: "In progress", count: counts.in_progress, href: "/my/projects" },
          { label: "Completed", count: counts.completed, href: "/my/projects" },
        ]}
      />
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link
          href="/projects/new"
          className="bg-brand-600 hover:bg-brand-700 rounded-lg px-4 py-2 text-sm font-semibold text-white shadow-sm"
        >
          Post a project
        </Link>
        <Link
          href="/saved"
          className="text-brand-700 dark:text-brand-300 text-sm font-medium hover:underline"
        >
          Saved freelancers
        </Link>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <DashboardSection
          id="awaiting-heading"
          title={`Proposals awaiting your decision (${board.awaitingDecision.total})`}
        >
          {board.awaitingDecision.proposals.length === 0 ? (
            <EmptyState>No proposals are waiting for you.</EmptyState>
          ) : (
            <ul className={list}>
              {board.awaitingDecision.proposals.map((p) => (
                <li key={p.id} className="flex flex-col gap-1 p-4">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <Link
                      href={`/my/projects/${p.projectId}`}
                      className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
                    >
                      {p.freelancerName}
                      <span className="sr-only"> on {p.projectTitle}</span>
                    </Link>
                    <span className="text-sm font-semibold tabular-nums">
                      {formatBid(p.bidMinor, p.currency, p.budgetType)}
                    </span>
                  </div>
                  <p
                    className="truncate text-sm text-slate-600 dark:text-slate-400"
                    aria-hidden="true"
                  >
                    {p.projectTitle}
                  </p>
                  <p className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
                    <Rating value={p.rating} count={p.reviewCount} />
                    <span>{proposalStatusLabel(p.status, "client")}</span>
                    <span>{timeAgo(p.createdAt, new Date(now))}</span>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </DashboardSection>
        <DashboardSection
          id="projects-heading"
          title="Open projects and drafts"
          action={{ href: "/my/projects", label: "All projects" }}
        >
          {board.recentProjects.length === 0 ? (
            <EmptyState>
              No open projects.{" "}
              <Link href="/projects/new" className="underline">
                Post one
              </Link>
              .
            </EmptyState>
          ) : (
            <ul className={list}>
              {board.recentProjects.map((project) => (
                <li key={project.id} className="flex flex-col gap-1 p-4">
                  <Link
                    href={`/my/projects/${project.id}`}
                    className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
                  >
                    {project.title}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {statusLabel[project.status]} · {project.proposalCount} proposal
                    {project.proposalCount === 1 ? "" : "s"}
                    {project.awaitingCount > 0 ? `, ${project.awaitingCount} to decide` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </DashboardSection>
        <DashboardSection id="contracts-heading" title="Active contracts">
          <ActiveContracts contracts={board.activeContracts} role="client" />
        </DashboardSection>
        <DashboardSection id="milestones-heading" title="Milestones">
          <MilestonesDue milestones={board.milestones} role="client" now={now} />
        </DashboardSection>
        <DashboardSection
          id="weeks-heading"
          title={`Timesheet weeks awaiting your review (${board.weeksAwaitingReview.length})`}
        >
          <WeeksAwaitingReview weeks={board.weeksAwaitingReview} />
        </DashboardSection>
      </div>
    </>
  );
}
