"use client";

import { AttachmentList } from "~/app/_components/attachment-list";
import { LocalTime } from "~/app/_components/local-time";
import { webLink } from "~/shared/schemas/profile";
import type { MilestoneEventKind } from "~/shared/statuses";
import type { RouterOutputs } from "~/trpc/react";

type MilestoneEvent = RouterOutputs["contract"]["workspace"]["milestoneHistory"][number];

const eventLabel: Record<MilestoneEventKind, string> = {
  submitted: "Handed in",
  changes_requested: "Changes requested",
  approved: "Approved",
};

/** Links a freelancer handed in with their work: external, so marked as user content. */
export function SubmissionLinks({ links, label }: { links: string[]; label: string }) {
  if (!links.length) return null;
  return (
    <ul className="mt-1 flex flex-col gap-0.5" aria-label={label}>
      {links.map((link) => (
        <li key={link}>
          <a
            href={link}
            rel="nofollow ugc noopener noreferrer"
            className="text-brand-700 dark:text-brand-300 break-all underline"
          >
            {link}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every hand-in and every request for changes of one milestone, oldest first, each with what
 * was said then: a resubmission adds to this, it never replaces what came before.
 */
export function MilestoneHistory({ title, events }: { title: string; events: MilestoneEvent[] }) {
  return (
    <details className="group mt-3 rounded-lg border border-slate-200 text-sm dark:border-slate-800">
      <summary className="cursor-pointer rounded-lg px-3 py-2 font-medium text-slate-700 select-none hover:bg-slate-50 dark:text-slate-300 dark:hover:bg-slate-800">
        History ({events.length} {events.length === 1 ? "step" : "steps"})
      </summary>
      <ol className="flex flex-col gap-3 px-3 pt-1 pb-3" aria-label={`History of ${title}`}>
        {events.map((event) => {
          const links = (event.links ?? []).filter((link) => webLink.safeParse(link).success);
          return (
            <li key={event.id} className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
              <p className="font-semibold">
                {eventLabel[event.kind]}{" "}
                <span className="font-normal text-slate-600 dark:text-slate-400">
                  · <LocalTime date={event.createdAt} />
                </span>
              </p>
              {event.note ? (
                <p className="wrap-anywhere whitespace-pre-line">{event.note}</p>
              ) : null}
              {event.reason ? (
                <p className="wrap-anywhere whitespace-pre-line text-amber-800 dark:text-amber-300">
                  {event.reason}
                </p>
              ) : null}
              <SubmissionLinks links={links} label={`Links handed in with ${title}`} />
              {event.files.length > 0 ? (
                <div className="mt-2">
                  <AttachmentList files={event.files} label={`Files handed in with ${title}`} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
