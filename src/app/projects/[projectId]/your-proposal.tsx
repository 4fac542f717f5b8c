"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";

import { ConversationLink } from "~/app/_components/conversation-link";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { LocalTime } from "~/app/_components/local-time";
import { WithdrawProposalDialog } from "~/app/_components/withdraw-proposal-dialog";
import { durationLabel, proposalStatusLabel } from "~/shared/format/labels";
import { formatBid } from "~/shared/format/money";
import type { BudgetType } from "~/shared/schemas/project";
import type { ProjectStatus } from "~/shared/statuses";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";
import { EditProposalForm, SubmitProposalForm } from "./proposal-form";

type OwnProposal = NonNullable<RouterOutputs["proposal"]["mineForProject"]>;
type ProposalRow = RouterOutputs["proposal"]["edit"];

/** Where the proposal stands, in a sentence, and what the freelancer can still do. */
function standing(proposal: OwnProposal) {
  switch (proposal.status) {
    case "submitted":
      return "The client has not decided yet. You can edit it until they shortlist it, and withdraw it until they hire.";
    case "shortlisted":
      return "The client shortlisted you. You can still withdraw it until they hire.";
    case "rejected":
      return "The client decided not to go ahead with it.";
    case "withdrawn":
      return "You withdrew it: the client no longer sees it.";
    case "accepted":
      return "You were hired: the contract is on your dashboard.";
    case "declined":
      return proposal.projectStatus === "cancelled"
        ? "The client closed the project without hiring."
        : "The client hired someone else.";
  }
}

/**
 * The freelancer's side of a project page: the proposal they sent (to edit until it is
 * shortlisted, or withdraw until it is accepted), or the form to send one.
 */
export function YourProposal({
  project,
  emailVerified,
  startEditing,
  now,
}: {
  project: {
    id: string;
    title: string;
    status: ProjectStatus;
    currency: string;
    budgetType: BudgetType;
  };
  emailVerified: boolean;
  startEditing: boolean;
  now: number;
}) {
  const key = { projectId: project.id };
  const [proposal] = api.proposal.mineForProject.useSuspenseQuery(key);
  const utils = api.useUtils();
  const [editing, setEditing] = useState(startEditing && proposal?.status === "submitted");
  const [withdrawing, setWithdrawing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** The server's answer, shown at once; the lists that show it are read again. */
  const store = (row: ProposalRow) => {
    utils.proposal.mineForProject.setData(key, {
      id: row.id,
      projectId: row.projectId,
      coverLetter: row.coverLetter,
      bidMinor: row.bidMinor,
      currency: row.currency,
      estimatedDuration: row.estimatedDuration,
      status: row.status,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      budgetType: project.budgetType,
      projectStatus: project.status,
    });
    void utils.proposal.mine.invalidate();
    // A proposal answers an invitation to this project.
    void utils.invitation.mineForProject.invalidate(key);
    // A proposal opens the conversation with the client.
    void utils.message.find.invalidate(key);
  };
  const withdraw = api.proposal.withdraw.useMutation({
    onMutate: async () => {
      setError(null);
      setWithdrawing(false);
      await utils.proposal.mineForProject.cancel(key);
      const before = utils.proposal.mineForProject.getData(key);
      utils.proposal.mineForProject.setData(key, (old) => old && { ...old, status: "withdrawn" });
      return { before };
    },
    onError: (e, _input, context) => {
      utils.proposal.mineForProject.setData(key, context?.before);
      setError(e.message);
    },
    onSettled: () =>
      Promise.all([
        utils.proposal.mineForProject.invalidate(key),
        utils.proposal.mine.invalidate(),
      ]),
  });

  if (!proposal) {
    if (project.status !== "open") return null;
    return (
      <Panel heading="Send a proposal">
        {emailVerified ? (
          <SubmitProposalForm projectId={project.id} terms={project} onSent={store} />
        ) : (
          <p>
            Confirm your email address to send proposals (see{" "}
            <Link href="/account" className="underline">
              your account
            </Link>
            ).
          </p>
        )}
      </Panel>
    );
  }

  const editable = proposal.status === "submitted" && project.status === "open";
  const withdrawable = proposal.status === "submitted" || proposal.status === "shortlisted";
  return (
    <Panel heading="Your proposal">
      <div className="flex flex-col gap-1">
        <p role="status">
          You sent a proposal for this project:{" "}
          <strong>{proposalStatusLabel(proposal.status, "freelancer")}</strong>.
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">{standing(proposal)}</p>
      </div>
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {editing && editable ? (
        <EditProposalForm
          proposal={proposal}
          onSaved={(row) => {
            store(row);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">
                {proposal.budgetType === "hourly" ? "Your rate" : "Your bid"}
              </dt>
              <dd className="font-medium">
                {formatBid(proposal.bidMinor, proposal.currency, proposal.budgetType)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Estimated duration</dt>
              <dd className="font-medium">{durationLabel[proposal.estimatedDuration]}</dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">Sent</dt>
              <dd className="font-medium">
                <LocalTime date={proposal.createdAt} show="relative" now={now} />
              </dd>
            </div>
          </dl>
          <p className="text-sm wrap-anywhere whitespace-pre-line text-slate-700 dark:text-slate-300">
            {proposal.coverLetter}
          </p>
          {editable || withdrawable ? (
            <div className="flex flex-wrap gap-2">
              {editable ? (
                <Button type="button" onClick={() => setEditing(true)}>
                  Edit proposal
                </Button>
              ) : null}
              {withdrawable ? (
                <Button type="button" variant="secondary" onClick={() => setWithdrawing(true)}>
                  Withdraw proposal
                </Button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      {withdrawing ? (
        <WithdrawProposalDialog
          projectTitle={project.title}
          onConfirm={() => withdraw.mutate({ id: proposal.id })}
          onCancel={() => setWithdrawing(false)}
        />
      ) : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <ConversationLink projectId={project.id}>Message the client</ConversationLink>
        <Link href="/my/proposals" className="underline">
          All my proposals
        </Link>
      </div>
    </Panel>
  );
}

function Panel({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="your-proposal-heading"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="your-proposal-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
