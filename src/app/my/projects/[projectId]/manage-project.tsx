"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { durationLabel } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import type { ProjectStatus } from "~/shared/schemas/project";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

type Proposal = RouterOutputs["proposal"]["forProject"][number];

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
  project: { id: string; status: ProjectStatus };
  proposals: Proposal[];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [contractId, setContractId] = useState<string | null>(null);
  const done = {
    onError: (e: { message: string }) => setError(e.message),
    onSuccess: () => router.refresh(),
  };
  const publish = api.project.publish.useMutation(done);
  const cancel = api.project.cancel.useMutation(done);
  const shortlist = api.proposal.shortlist.useMutation(done);
  const reject = api.proposal.reject.useMutation(done);
  const accept = api.proposal.accept.useMutation({
    onError: (e) => setError(e.message),
    onSuccess: (contract) => {
      setContractId(contract.id);
      router.refresh();
    },
  });
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
        <h2 id="proposals-heading" className="text-xl font-semibold">
          Proposals ({proposals.length})
        </h2>
        {proposals.length === 0 ? (
          <p className="text-slate-600 dark:text-slate-400">
            {open ? "No proposals yet." : "Proposals arrive once the project is published."}
          </p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Proposals">
            {proposals.map((proposal) => (
              <li key={proposal.id}>
                <article
                  aria-label={`Proposal from ${proposal.freelancerName}`}
                  className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
                >
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="font-semibold">{proposal.freelancerName}</h3>
                    <p className="text-sm">
                      <strong>{formatMoney(proposal.bidMinor, proposal.currency)}</strong> ·{" "}
                      {durationLabel[proposal.estimatedDuration]} ·{" "}
                      {proposalStatus[proposal.status]}
                    </p>
                  </div>
                  <p className="mt-2 text-sm whitespace-pre-line text-slate-700 dark:text-slate-300">
                    {proposal.coverLetter}
                  </p>
                  {open &&
                  (proposal.status === "submitted" || proposal.status === "shortlisted") ? (
                    <div className="mt-3 flex flex-wrap gap-2">
                      <Button
                        type="button"
                        onClick={() => accept.mutate({ id: proposal.id })}
                        pending={accept.isPending}
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
