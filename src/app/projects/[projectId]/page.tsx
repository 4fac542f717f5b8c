import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

import { Markdown } from "~/app/_components/markdown";
import { SummaryPanel } from "~/app/_components/summary-panel";
import { SkillList } from "~/app/_components/skill-list";
import { EditedAt, LocalTime } from "~/app/_components/local-time";
import { formatDay } from "~/shared/format/dates";
import { durationLabel, experienceLabel, statusLabel } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { getRequestTime } from "~/app/_components/request-time";
import { LazySaveProjectButton } from "~/app/_components/lazy-save-buttons";
import { HiddenNote } from "~/app/_components/hidden-note";
import { LazyReportButton } from "~/app/_components/report/lazy-report-button";
import { HydrateIsland } from "~/trpc/hydrate-island";
import { api, getViewer, orNull } from "~/trpc/server";
import { ClientTrustPanel } from "./client-trust-panel";
import { InvitationNote, YourProposal } from "./freelancer-parts";

type Params = Promise<{ projectId: string }>;
type SearchParams = Promise<{ proposal?: string | string[] }>;

/** Shared by the metadata and the page so the project is read once per request. */
const loadProject = cache((id: string) => orNull(api.project.byId({ id })));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const project = await loadProject((await params).projectId);
  return { title: project?.title ?? "Project not found" };
}

export default async function ProjectPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const project = await loadProject((await params).projectId);
  if (!project) notFound();
  const viewer = await getViewer();
  const freelancer = viewer?.role === "freelancer";
  const [signals] = await Promise.all([
    api.project.trustSignals({ id: project.id }),
    freelancer ? api.invitation.mineForProject.prefetch({ projectId: project.id }) : null,
    freelancer ? api.proposal.mineForProject.prefetch({ projectId: project.id }) : null,
    freelancer ? api.saved.projectIds.prefetch() : null,
    freelancer ? api.message.find.prefetch({ projectId: project.id }) : null,
  ]);
  // "Edit" on the freelancer's proposal list opens the proposal here, ready to edit.
  const startEditing = (await searchParams).proposal === "edit";
  const now = getRequestTime();

  const facts = [
    { term: "Budget", detail: formatBudget(project) },
    {
      term: "Type",
      detail: project.budgetType === "hourly" ? "Hourly rate" : "Fixed price",
    },
    { term: "Experience", detail: experienceLabel[project.experienceLevel] },
    { term: "Duration", detail: durationLabel[project.duration] },
    {
      term: "Deadline",
      detail: project.deadline ? formatDay(project.deadline) : "Flexible",
    },
    { term: "Status", detail: statusLabel[project.status] },
    { term: "Proposals", detail: signals.proposalBand },
  ];

  const content = (
    <div className="flex flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href="/projects"
          className="text-brand-700 dark:text-brand-300 rounded-sm hover:underline"
        >
          <span aria-hidden="true">← </span>All open projects
        </Link>
      </nav>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <article className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <header className="flex flex-col gap-2 border-b border-slate-200 pb-4 dark:border-slate-800">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <h1 className="text-2xl font-bold tracking-tight wrap-anywhere text-slate-900 sm:text-3xl dark:text-white">
                {project.title}
              </h1>
              {freelancer ? (
                <div className="shrink-0">
                  <LazySaveProjectButton projectId={project.id} title={project.title} />
                </div>
              ) : null}
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Posted by{" "}
              <Link
                href={`/clients/${project.clientId}`}
                className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
              >
                {project.clientName}
              </Link>
              {project.publishedAt ? (
                <>
                  {" "}
                  <LocalTime date={project.publishedAt} show="relative" now={now} />
                </>
              ) : null}
              <EditedAt date={project.editedAt} now={now} />
            </p>
            <HiddenNote note={project.hiddenNote} />
          </header>
          <div className="mt-4">
            <Markdown text={project.description} />
          </div>
          <section aria-labelledby="skills-heading" className="mt-6">
            <h2
              id="skills-heading"
              className="mb-2 text-sm font-semibold text-slate-900 dark:text-white"
            >
              Skills needed
            </h2>
            <SkillList skills={project.skills} label="Skills needed" />
          </section>
        </article>
        <div className="flex flex-col gap-6">
          <SummaryPanel title="Project summary" facts={facts} />
          <ClientTrustPanel
            clientId={project.clientId}
            clientName={project.clientName}
            signals={signals}
          />
        </div>
        <div className="lg:col-span-2">
          {freelancer ? (
            <div id="send-proposal" className="flex scroll-mt-4 flex-col gap-4">
              {project.status === "open" ? (
                <InvitationNote projectId={project.id} projectTitle={project.title} />
              ) : null}
              <YourProposal
                project={{
                  id: project.id,
                  title: project.title,
                  status: project.status,
                  currency: project.currency,
                  budgetType: project.budgetType,
                }}
                emailVerified={viewer.emailVerified}
                startEditing={startEditing}
                now={now}
              />
            </div>
          ) : null}
          {viewer && viewer.id !== project.clientId ? (
            <div className="mt-2 flex justify-end">
              <LazyReportButton
                subjectType="project"
                subjectId={project.id}
                name={`the project “${project.title}”`}
              />
            </div>
          ) : null}
          {!viewer && project.status === "open" ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <Link href={`/signin?next=/projects/${project.id}`} className="underline">
                Sign in
              </Link>{" "}
              as a freelancer to send a proposal.
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
  // Only a signed-in viewer's parts (Save, the invitation, the proposal, Report) read client data.
  return viewer ? <HydrateIsland>{content}</HydrateIsland> : content;
}
