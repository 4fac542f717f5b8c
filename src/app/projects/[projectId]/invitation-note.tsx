"use client";

import { DeclineInvitation } from "~/app/_components/decline-invitation";
import { api } from "~/trpc/react";

/**
 * Above the proposal form when the client invited this freelancer: who asked, what they wrote,
 * and the other answer (declining). The proposal below is the yes. Read from the cache, so
 * sending the proposal or declining updates it without a reload.
 */
export function InvitationNote({
  projectId,
  projectTitle,
}: {
  projectId: string;
  projectTitle: string;
}) {
  const [invitation] = api.invitation.mineForProject.useSuspenseQuery({ projectId });
  const utils = api.useUtils();
  if (!invitation) return null;
  if (invitation.status === "declined") {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        You declined {invitation.clientName}&apos;s invitation to this project. You can still send a
        proposal.
      </p>
    );
  }
  if (invitation.status !== "pending") return null;
  return (
    <section
      aria-labelledby="invitation-heading"
      className="border-brand-200 bg-brand-50 dark:border-brand-900 dark:bg-brand-950 flex flex-col gap-3 rounded-lg border p-4"
    >
      <h2 id="invitation-heading" className="font-semibold text-slate-900 dark:text-white">
        {invitation.clientName} invited you to propose
      </h2>
      {invitation.message ? (
        <blockquote className="border-brand-300 dark:border-brand-700 border-l-4 pl-3 text-sm wrap-anywhere whitespace-pre-line text-slate-800 dark:text-slate-200">
          {invitation.message}
        </blockquote>
      ) : null}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Answer with a proposal below, or decline if the project is not for you.
      </p>
      <div>
        <DeclineInvitation
          invitationId={invitation.id}
          projectTitle={projectTitle}
          onDeclined={() => void utils.invitation.mineForProject.invalidate({ projectId })}
        />
      </div>
    </section>
  );
}
