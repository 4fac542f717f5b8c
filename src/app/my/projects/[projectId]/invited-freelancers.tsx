import Link from "next/link";

import { EmptyState } from "~/app/_components/empty-state";
import { formatDate } from "~/shared/format/labels";
import type { ProjectStatus } from "~/shared/statuses";
import type { RouterOutputs } from "~/trpc/react";

type Invitation = RouterOutputs["invitation"]["forProject"][number];

/** What became of an invitation, in words: the answer, or why there is none. */
function answer(invitation: Invitation, projectStatus: ProjectStatus) {
  if (invitation.status === "proposed") return "Sent a proposal";
  if (invitation.status === "declined") return "Declined";
  return projectStatus === "open" ? "Waiting for an answer" : "No answer before the project closed";
}

const tone: Record<Invitation["status"], string> = {
  proposed: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  declined: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
};

/** The client's view of who they invited to this project and what each answered. */
export function InvitedFreelancers({
  invitations,
  projectStatus,
}: {
  invitations: Invitation[];
  projectStatus: ProjectStatus;
}) {
  return (
    <section aria-labelledby="invited-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="invited-heading" className="text-xl font-semibold">
          Invited freelancers ({invitations.length})
        </h2>
        {projectStatus === "open" ? (
          <Link
            href="/freelancers"
            className="text-brand-700 dark:text-brand-300 text-sm font-medium hover:underline"
          >
            Find freelancers to invite
          </Link>
        ) : null}
      </div>
      {invitations.length === 0 ? (
        <EmptyState>
          {projectStatus === "open"
            ? "You have not invited anyone yet. Invite freelancers from their profile page."
            : "Nobody was invited to this project."}
        </EmptyState>
      ) : (
        <ul
          aria-label="Invited freelancers"
          className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        >
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-col gap-1 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="font-semibold wrap-anywhere">
                    {invitation.listed ? (
                      <Link
                        href={`/freelancers/${invitation.freelancerId}`}
                        className="text-brand-700 dark:text-brand-300 hover:underline"
                      >
                        {invitation.freelancerName}
                      </Link>
                    ) : (
                      invitation.freelancerName
                    )}
                  </h3>
                  {invitation.headline ? (
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {invitation.headline}
                    </p>
                  ) : null}
                </div>
                <span
                  className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${tone[invitation.status]}`}
                >
                  {answer(invitation, projectStatus)}
                </span>
              </div>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Invited {formatDate(invitation.invitedAt)}
                {invitation.answeredAt ? ` · answered ${formatDate(invitation.answeredAt)}` : ""}
              </p>
              {invitation.declineReason ? (
                <blockquote className="border-l-4 border-slate-200 pl-3 text-sm wrap-anywhere whitespace-pre-line text-slate-700 dark:border-slate-700 dark:text-slate-300">
                  {invitation.declineReason}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
