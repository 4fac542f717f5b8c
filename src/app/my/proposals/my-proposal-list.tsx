"use client";

import Link from "next/link";
import { useState } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { LocalTime } from "~/app/_components/local-time";
import { WithdrawProposalDialog } from "~/app/_components/withdraw-proposal-dialog";
import { proposalStatusLabel } from "~/shared/format/labels";
import { formatBid } from "~/shared/format/money";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

type Proposal = RouterOutputs["proposal"]["mine"][number];

const statusTone: Partial<Record<Proposal["status"], string>> = {
  shortlisted: "bg-brand-50 text-brand-900 dark:bg-brand-950 dark:text-brand-100",
  accepted: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
};

/**
 * The freelancer's proposals, newest first. One still undecided can be edited (on its
 * project's page, beside the brief) and one not yet accepted withdrawn, after a confirmation;
 * the withdrawal shows at once and is undone, with the reason, if the server refuses it.
 */
export function MyProposalList({ now }: { now: number }) {
  const [proposals] = api.proposal.mine.useSuspenseQuery();
  const utils = api.useUtils();
  const [withdrawing, setWithdrawing] = useState<Proposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const withdraw = api.proposal.withdraw.useMutation({
    onMutate: async ({ id }) => {
      setError(null);
      setWithdrawing(null);
      await utils.proposal.mine.cancel();
      const before = utils.proposal.mine.getData();
      utils.proposal.mine.setData(undefined, (list) =>
        list?.map((p) => (p.id === id ? { ...p, status: "withdrawn" } : p)),
      );
      return { before };
    },
    onError: (e, _input, context) => {
      utils.proposal.mine.setData(undefined, context?.before);
      setError(e.message);
    },
    onSettled: () => utils.proposal.mine.invalidate(),
  });

  if (proposals.length === 0)
    return (
      <EmptyState>
        No proposals yet.{" "}
        <Link href="/projects" className="underline">
          Find a project
        </Link>
        .
      </EmptyState>
    );
  return (
    <>
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <ul
        className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
        aria-label="My proposals"
      >
        {proposals.map((proposal) => {
          const editable = proposal.status === "submitted" && proposal.projectStatus === "open";
          const withdrawable = proposal.status === "submitted" || proposal.status === "shortlisted";
          return (
            <li
              key={proposal.id}
              className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="flex min-w-0 flex-col gap-1">
                <Link
                  href={`/projects/${proposal.projectId}`}
                  className="text-brand-700 dark:text-brand-300 font-semibold wrap-anywhere hover:underline"
                >
                  {proposal.projectTitle}
                </Link>
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusTone[proposal.status] ?? "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200"}`}
                  >
                    {proposalStatusLabel(proposal.status, "freelancer")}
                  </span>
                  <span>
                    {formatBid(proposal.bidMinor, proposal.currency, proposal.budgetType)}
                  </span>
                  <span>
                    · sent <LocalTime date={proposal.createdAt} show="relative" now={now} />
                  </span>
                </p>
              </div>
              {editable || withdrawable ? (
                <div className="flex shrink-0 flex-wrap gap-2">
                  {editable ? (
                    <Link
                      href={`/projects/${proposal.projectId}?proposal=edit`}
                      aria-label={`Edit your proposal for ${proposal.projectTitle}`}
                      className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
                    >
                      Edit
                    </Link>
                  ) : null}
                  {withdrawable ? (
                    <Button
                      type="button"
                      variant="secondary"
                      aria-label={`Withdraw your proposal for ${proposal.projectTitle}`}
                      onClick={() => setWithdrawing(proposal)}
                    >
                      Withdraw
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {withdrawing ? (
        <WithdrawProposalDialog
          projectTitle={withdrawing.projectTitle}
          onConfirm={() => withdraw.mutate({ id: withdrawing.id })}
          onCancel={() => setWithdrawing(null)}
        />
      ) : null}
    </>
  );
}
