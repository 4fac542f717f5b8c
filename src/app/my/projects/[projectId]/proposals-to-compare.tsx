"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ConversationLink } from "~/app/_components/conversation-link";
import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { LocalTime } from "~/app/_components/local-time";
import { TextField } from "~/app/_components/form/text-field";
import { Rating } from "~/app/_components/rating";
import { durationLabel, proposalStatusLabel } from "~/shared/format/labels";
import { formatBid } from "~/shared/format/money";
import { AcceptProposalInput } from "~/shared/schemas/proposal";
import { DEFAULT_WEEKLY_LIMIT_HOURS } from "~/shared/schemas/timesheet";
import { useIdempotencyKey } from "~/trpc/idempotency-key";
import { api } from "~/trpc/react";
import { FirstMilestoneFields, useFirstMilestone } from "./first-milestone";
import { isOpenProposal, useManagedProject, type ManagedProposal } from "./manage-cache";
import { Avatar } from "~/app/_components/avatar";

type Proposal = ManagedProposal;

const sorts = {
  newest: { label: "Newest", compare: (a: Proposal, b: Proposal) => +b.createdAt - +a.createdAt },
  bid: { label: "Lowest bid", compare: (a: Proposal, b: Proposal) => a.bidMinor - b.bidMinor },
  rating: {
    label: "Best rated",
    compare: (a: Proposal, b: Proposal) => (b.rating ?? 0) - (a.rating ?? 0),
  },
  skills: {
    label: "Most skills matched",
    compare: (a: Proposal, b: Proposal) => b.skillsMatched - a.skillsMatched,
  },
};

/**
 * The proposals on the client's project, to compare and decide on. Shortlisting and
 * rejecting show at once and roll back (saying why) if the server refuses; hiring asks first,
 * saying what it does, then lands on the new contract.
 */
export function ProposalsToCompare({ id, now }: { id: string; now: number }) {
  const router = useRouter();
  const [{ project, proposals }] = api.project.manage.useSuspenseQuery({ id });
  const managed = useManagedProject(id);
  const [sort, setSort] = useState<keyof typeof sorts>("newest");
  const [error, setError] = useState<string | null>(null);
  const [hiring, setHiring] = useState<Proposal | null>(null);
  const [navigating, startNavigation] = useTransition();
  // On an hourly project the client also says how many hours a week may be logged.
  const [weeklyHours, setWeeklyHours] = useState(String(DEFAULT_WEEKLY_LIMIT_HOURS));
  const [limitError, setLimitError] = useState<string | undefined>();
  // On a fixed-price one, the first milestone, funded next.
  const first = useFirstMilestone();

  const setStatus = (proposalId: string, status: Proposal["status"]) =>
    managed.patchProposals((p) => (p.id === proposalId ? { ...p, status } : p));
  const decision = (to: "shortlisted" | "rejected") => ({
    onMutate: async ({ id: proposalId }: { id: string }) => {
      setError(null);
      await managed.hold();
      const before = proposals.find((p) => p.id === proposalId)?.status;
      setStatus(proposalId, to);
      return { before };
    },
    onError: (
      e: { message: string },
      { id: proposalId }: { id: string },
      context?: { before?: Proposal["status"] },
    ) => {
      if (context?.before) setStatus(proposalId, context.before);
      setError(e.message);
    },
    onSettled: () => managed.refresh(),
  });
  const shortlist = api.proposal.shortlist.useMutation(decision("shortlisted"));
  const reject = api.proposal.reject.useMutation(decision("rejected"));
  const hireKey = useIdempotencyKey();
  const accept = api.proposal.accept.useMutation({
    trpc: hireKey.trpc,
    onSuccess: (contract, { id: hiredId }) => {
      hireKey.renew();
      managed.patchProject({ status: "in_progress", contractId: contract.id });
      managed.patchProposals((p) =>
        p.id === hiredId
          ? { ...p, status: "accepted" }
          : isOpenProposal(p)
            ? { ...p, status: "declined" }
            : p,
      );
      // A first milestone planned in the hire is funded next, on its own page.
      const next = contract.firstMilestoneId
        ? `/contracts/${contract.id}/milestones/${contract.firstMilestoneId}/fund`
        : `/contracts/${contract.id}`;
      startNavigation(() => router.push(next));
    },
    // Refused (someone was hired in another tab, say): show the project as it is now.
    onError: () => managed.refresh(),
  });

  const open = project.status === "open";
  const hourly = project.budgetType === "hourly";
  const hire = (proposal: Proposal) => {
    if (!hourly) {
      const input = first.input(proposal);
      return input ? accept.mutate(input) : undefined;
    }
    const checked = AcceptProposalInput.safeParse({
      id: proposal.id,
      weeklyLimitHours: /^\d{1,3}$/.test(weeklyHours.trim()) ? Number(weeklyHours) : Number.NaN,
    });
    setLimitError(
      checked.success
        ? undefined
        : (checked.error.issues[0]?.message ?? "Enter a whole number of hours."),
    );
    if (checked.success) accept.mutate(checked.data);
  };
  const shown = [...proposals].sort(sorts[sort].compare);
  const othersWaiting = hiring
    ? proposals.filter((p) => p.id !== hiring.id && isOpenProposal(p)).length
    : 0;

  return (
    <section aria-labelledby="proposals-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="proposals-heading" className="text-xl font-semibold">
          Proposals ({proposals.length})
        </h2>
        {proposals.length > 1 ? (
          <label className="flex items-center gap-2 text-sm">
            Sort by
            <select
              value={sort}
              onChange={(e) => setSort(e.target.value as keyof typeof sorts)}
              className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
            >
              {Object.entries(sorts).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      {proposals.length === 0 ? (
        <EmptyState>
          {open
            ? "No proposals yet. Freelancers who find your project will send them here."
            : project.status === "draft"
              ? "Proposals arrive once the project is published."
              : "This project received no proposals."}
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Proposals">
          {shown.map((proposal) => (
            <li key={proposal.id}>
              <article
                aria-label={`Proposal from ${proposal.freelancerName}`}
                className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <div className="flex min-w-0 items-center gap-3">
                    <Avatar userId={proposal.freelancerId} size={40} />
                    <div className="min-w-0">
                      <h3 className="font-semibold">
                        {proposal.headline ? (
                          <Link
                            href={`/freelancers/${proposal.freelancerId}`}
                            className="text-brand-700 dark:text-brand-300 hover:underline"
                          >
                            {proposal.freelancerName}
                          </Link>
                        ) : (
                          proposal.freelancerName
                        )}
                      </h3>
                      {proposal.headline ? (
                        <p className="text-sm wrap-anywhere text-slate-600 dark:text-slate-400">
                          {proposal.headline}
                        </p>
                      ) : null}
                    </div>
                  </div>
                  <p className="text-sm">
                    <strong>
                      {formatBid(proposal.bidMinor, proposal.currency, project.budgetType)}
                    </strong>{" "}
                    · {durationLabel[proposal.estimatedDuration]} ·{" "}
                    {proposalStatusLabel(proposal.status, "client")}
                  </p>
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
                  <Rating value={proposal.rating} count={proposal.reviewCount} />
                  <span>
                    {proposal.completedContracts} completed contract
                    {proposal.completedContracts === 1 ? "" : "s"}
                  </span>
                  <span>
                    {proposal.skillsMatched} of the project&apos;s skills on their profile
                  </span>
                  <span>
                    Received <LocalTime date={proposal.createdAt} show="relative" now={now} />
                  </span>
                </p>
                <p className="mt-2 text-sm wrap-anywhere whitespace-pre-line text-slate-700 dark:text-slate-300">
                  {proposal.coverLetter}
                </p>
                <div className="mt-3 flex flex-wrap gap-2 empty:hidden">
                  <ConversationLink
                    projectId={project.id}
                    freelancerId={proposal.freelancerId}
                    label={`Message ${proposal.freelancerName}`}
                  >
                    Message
                  </ConversationLink>
                  {open && isOpenProposal(proposal) ? (
                    <>
                      <Button
                        type="button"
                        onClick={() => {
                          accept.reset();
                          first.start(proposal);
                          setHiring(proposal);
                        }}
                        aria-label={`Hire ${proposal.freelancerName}`}
                      >
                        Hire
                      </Button>
                      {proposal.status === "submitted" ? (
                        <Button
                          type="button"
                          variant="secondary"
                          onClick={() => shortlist.mutate({ id: proposal.id })}
                          aria-label={`Shortlist ${proposal.freelancerName}`}
                        >
                          Shortlist
                        </Button>
                      ) : null}
                      <Button
                        type="button"
                        variant="secondary"
                        onClick={() => reject.mutate({ id: proposal.id })}
                        aria-label={`Reject ${proposal.freelancerName}`}
                      >
                        Reject
                      </Button>
                    </>
                  ) : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
      {hiring ? (
        <ConfirmDialog
          title={`Hire ${hiring.freelancerName} for ${formatBid(hiring.bidMinor, hiring.currency, project.budgetType, { spelled: true })}?`}
          confirmLabel={`Hire ${hiring.freelancerName}`}
          pendingLabel="Hiring…"
          cancelLabel="Not yet"
          pending={accept.isPending || navigating || accept.isSuccess}
          error={accept.error?.message}
          onConfirm={() => hire(hiring)}
          onCancel={() => setHiring(null)}
        >
          <p>
            {othersWaiting === 0
              ? "No other proposals are waiting."
              : othersWaiting === 1
                ? "The other proposal will be declined."
                : `The other ${othersWaiting} proposals will be declined.`}{" "}
            The project stops taking proposals, and a contract with {hiring.freelancerName} starts
            at once:{" "}
            {hourly
              ? "they log their time each week and you approve it, up to a weekly limit you can change later on the contract."
              : first.planned
                ? "you plan its first milestone here, or later on the contract."
                : "you plan its milestones next."}
          </p>
          {hourly ? null : <FirstMilestoneFields first={first} currency={hiring.currency} />}
          {hourly ? (
            <TextField
              name="weekly-limit"
              label="Weekly limit (hours)"
              inputMode="numeric"
              className="max-w-48"
              value={weeklyHours}
              onChange={(event) => setWeeklyHours(event.target.value)}
              error={limitError ? [limitError] : undefined}
            />
          ) : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
