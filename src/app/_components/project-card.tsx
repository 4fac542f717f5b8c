import Link from "next/link";
import type { ReactNode } from "react";

import { formatBudget } from "~/shared/format/money";
import { durationLabel, experienceLabel } from "~/shared/format/labels";
import type { ProjectStatus } from "~/shared/statuses";
import type { RouterOutputs } from "~/trpc/react";
import { Highlighted } from "./highlighted";
import { EditedAt, LocalTime } from "./local-time";
import { SkillList } from "./skill-list";

type ProjectSummary = RouterOutputs["project"]["listOpen"]["items"][number];

/** Why a project (on a saved list, say) no longer takes proposals. */
const closedBecause: Partial<Record<ProjectStatus, string>> = {
  in_progress: "Closed: a freelancer was hired",
  completed: "Closed: the work is done",
  cancelled: "Closed by the client",
};

/** A search result carries its title and an excerpt with the matched words marked. */
interface Highlight {
  titleMarked: string;
  snippet: string;
}

export function ProjectCard({
  project,
  now,
  headingLevel: Heading = "h2",
  highlight,
  save,
}: {
  project: ProjectSummary;
  now: number;
  headingLevel?: "h2" | "h3";
  highlight?: Highlight;
  /**
   * The card's Save button, for a freelancer: `<SaveProjectButton>` where tRPC is provided, or
   * its lazy twin on a page most visitors only read, so the card itself brings no tRPC with it.
   */
  save?: ReactNode;
}) {
  const headingId = `project-${project.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      className="group hover:border-brand-300 dark:hover:border-brand-700 relative w-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:shadow-md dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <Heading
          id={headingId}
          className="text-lg leading-snug font-semibold text-slate-900 dark:text-white"
        >
          <Link
            href={`/projects/${project.id}`}
            className="group-hover:text-brand-700 dark:group-hover:text-brand-300 rounded-sm after:absolute after:inset-0 after:rounded-xl"
          >
            {highlight ? <Highlighted text={highlight.titleMarked} /> : project.title}
          </Link>
        </Heading>
        <p className="shrink-0 text-base font-semibold text-slate-900 tabular-nums dark:text-white">
          {formatBudget(project)}
        </p>
      </div>
      {closedBecause[project.status] ? (
        <p className="mt-2 inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
          {closedBecause[project.status]}
        </p>
      ) : null}
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {project.clientName}
        {project.publishedAt ? (
          <>
            {" · Posted "}
            <LocalTime date={project.publishedAt} show="relative" now={now} />
          </>
        ) : null}
        <EditedAt date={project.editedAt} now={now} />
      </p>
      <p className="mt-3 line-clamp-3 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
        {highlight ? <Highlighted text={highlight.snippet} /> : project.description}
      </p>
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <div className="flex gap-1">
          <dt className="sr-only">Experience</dt>
          <dd>{experienceLabel[project.experienceLevel]}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Duration</dt>
          <dd>{durationLabel[project.duration]}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="sr-only">Budget type</dt>
          <dd>{project.budgetType === "hourly" ? "Hourly rate" : "Fixed price"}</dd>
        </div>
      </dl>
      {/* Above the card-wide link, so the skills and the Save button take their own clicks. */}
      <div className="relative mt-4 flex items-end justify-between gap-3">
        <SkillList skills={project.skills} label="Skills" />
        {save ? <div className="shrink-0">{save}</div> : null}
      </div>
    </article>
  );
}
