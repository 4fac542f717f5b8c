"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { Rating } from "~/app/_components/rating";
import { durationLabel } from "~/shared/format/labels";
import { formatBid } from "~/shared/format/hours";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";
import { type ProjectStatus } from "~/shared/statuses";
import { HireButton } from "./hire-button";

type Proposal = RouterOutputs["proposal"]["forProject"][number];

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

const proposalStatus: Record<Proposal["status"], string> = {
  submitted: "New",
  shortlisted: "Shortlisted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  accepted: "Hired",
  declined: "Declined",
};

export function ManageProject({
  project,
  proposals,
}: {
  project: { id: string; status: ProjectStatus; budgetType: "fixed" | "hourly" };
  proposals: Proposal[];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [contractId, setContractId] = useState<string | null>(null);
  const [sort, setSort] = useState<keyof typeof sorts>("newest");
  // Shortlist and reject show at once; a refusal puts the proposal back and says why.
  const [optimistic, setOptimistic] = useState<Record<string, Proposal["status"]>>({});
  const done = {
    onError: (e: { message: string }) => setError(e.message),
    onSuccess: () => router.refresh(),
  };
  const decided = {
    onMutate: () => setError(null),
    onError: (e: { message: string }, { id }: { id: string }) => {
      setOptimistic(({ [id]: _, ...rest }) => rest);
      setError(e.message);
    },
    onSuccess: () => router.refresh(),
  };
  const publish = api.project.publish.useMutation(done);
  const cancel = api.project.cancel.useMutation(done);
  const shortlist = api.proposal.shortlist.useMutation(decided);
  const reject = api.proposal.reject.useMutation(decided);
  const decide = (id: string, to: "shortlisted" | "rejected") => {
    setOptimistic((current) => ({ ...current, [id]: to }));
    (to === "shortlisted" ? shortlist : reject).mutate({ id });
  };
  const shown = proposals
    .map((proposal) => ({ ...proposal, status: optimistic[proposal.id] ?? proposal.status }))
    .sort(sorts[sort].compare);
  const hourly = project.budgetType === "hourly";
  const open = project.status === "open";

  return (
    <div className="flex flex-col gap-6">
      <div aria-live="polite">
        {error ? <FormAlert tone="error">{error}</FormAlert> : null}
        {contractId ? (
          <FormAlert tone="success">
            Hired!{" "}
            <Link href={`/contracts/${contractId}`} className="underline">
              Open the contract
            </Link>
            .
          </FormAlert>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        {project.status === "draft" ? (
          <Button
            type="button"
            pending={publish.isPending}
            pendingLabel="Publishing…"
            onClick={() => publish.mutate({ id: project.id })}
          >
            Publish project
          </Button>
        ) : null}
        {project.status === "draft" || open ? (
          <Button
            type="button"
            variant="secondary"
            pending={cancel.isPending}
            pendingLabel="Closing…"
            onClick={() => cancel.mutate({ id: project.id })}
          >
            {open ? "Close project" : "Discard draft"}
          </Button>
        ) : null}
      </div>
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
        {proposals.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">
            {open ? "No proposals yet." : "Proposals arrive once the project is published."}
          </p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Proposals">
            {shown.map((proposal) => (
              <li key={proposal.id}>
                <article
                  aria-label={`Proposal from ${proposal.freelancerName}`}
                  className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
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
                        <p className="text-sm text-slate-600 dark:text-slate-400">
                          {proposal.headline}
                        </p>
                      ) : null}
                    </div>
                    <p className="text-sm">
                      <strong>{formatBid({ ...proposal, budgetType: project.budgetType })}</strong>{" "}
                      · {durationLabel[proposal.estimatedDuration]} ·{" "}
                      {proposalStatus[proposal.status]}
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
                  </p>
                  <p className="mt-2 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">
                    {proposal.coverLetter}
                  </p>
                  {open &&
                  (proposal.status === "submitted" || proposal.status === "shortlisted") ? (
                    <div className="mt-3 flex flex-wrap gap-2">
                      <HireButton
                        proposal={proposal}
                        hourly={hourly}
                        onHired={(id) => {
                          setContractId(id);
                          router.refresh();
                        }}
                      />
                      {proposal.status === "submitted" ? (
                        <Button
                          type="button"
                          variant="secondary"
                          onClick={() => decide(proposal.id, "shortlisted")}
                          aria-label={`Shortlist ${proposal.freelancerName}`}
                        >
                          Shortlist
                        </Button>
                      ) : null}
                      <Button
                        type="button"
                        variant="secondary"
                        onClick={() => decide(proposal.id, "rejected")}
                        aria-label={`Reject ${proposal.freelancerName}`}
                      >
                        Reject
                      </Button>
                    </div>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
