"use client";

import Link from "next/link";
import { useRef, useState } from "react";

import { DeclineInvitation } from "~/app/_components/decline-invitation";
import { EmptyState } from "~/app/_components/empty-state";
import { timeAgo } from "~/shared/format/labels";
import { formatBudget } from "~/shared/format/money";
import { api } from "~/trpc/react";

/**
 * Invitations waiting for the freelancer's answer: propose (the project page's form) or
 * decline here. A declined invitation leaves the list at once; focus goes to the heading and
 * the status line says what happened.
 */
export function ReceivedInvitations({ now }: { now: number }) {
  const utils = api.useUtils();
  const [invitations] = api.invitation.received.useSuspenseQuery();
  const [announcement, setAnnouncement] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);

  const declined = (id: string, title: string) => {
    utils.invitation.received.setData(undefined, (list) => list?.filter((one) => one.id !== id));
    setAnnouncement(`You declined the invitation to ${title}.`);
    heading.current?.focus();
    void utils.invitation.received.invalidate();
  };

  return (
    <section aria-labelledby="invitations-heading" className="flex min-w-0 flex-col gap-3">
      <h2
        id="invitations-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900 dark:text-white"
      >
        Invitations to propose ({invitations.length})
      </h2>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {invitations.length === 0 ? (
        <EmptyState>
          No invitations waiting. Clients invite freelancers from their public profile, so keep
          yours up to date.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Invitations to propose">
          {invitations.map((invitation) => (
            <li
              key={invitation.id}
              className="border-brand-200 dark:border-brand-900 flex flex-col gap-2 rounded-xl border bg-white p-4 shadow-sm dark:bg-slate-900"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link
                  href={`/projects/${invitation.projectId}`}
                  className="text-brand-700 dark:text-brand-300 min-w-0 font-semibold wrap-anywhere hover:underline"
                >
                  {invitation.projectTitle}
                </Link>
                <span className="text-sm font-semibold tabular-nums">
                  {formatBudget(invitation)}
                </span>
              </div>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                From{" "}
                <Link
                  href={`/clients/${invitation.clientId}`}
                  className="font-medium text-slate-800 underline dark:text-slate-200"
                >
                  {invitation.clientName}
                </Link>{" "}
                ·{" "}
                <time dateTime={invitation.invitedAt.toISOString()}>
                  {timeAgo(invitation.invitedAt, new Date(now))}
                </time>
              </p>
              {invitation.message ? (
                <blockquote className="border-l-4 border-slate-200 pl-3 text-sm wrap-anywhere whitespace-pre-line text-slate-700 dark:border-slate-700 dark:text-slate-300">
                  {invitation.message}
                </blockquote>
              ) : null}
              <div className="flex flex-wrap items-start gap-2">
                <Link
                  href={`/projects/${invitation.projectId}#send-proposal`}
                  className="bg-brand-600 hover:bg-brand-700 inline-flex items-center rounded-lg px-4 py-2 text-sm font-semibold text-white shadow-sm"
                >
                  Send a proposal<span className="sr-only"> for {invitation.projectTitle}</span>
                </Link>
                <DeclineInvitation
                  invitationId={invitation.id}
                  projectTitle={invitation.projectTitle}
                  onDeclined={() => declined(invitation.id, invitation.projectTitle)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
