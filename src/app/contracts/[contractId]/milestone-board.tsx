"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { ProgressBar } from "~/app/_components/progress-bar";
import { Button } from "~/app/_components/form/submit-button";
import { formatDate } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import { webLink } from "~/shared/schemas/profile";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";
import { EndContract } from "./end-contract";
import { AddMilestoneForm, RequestChangesForm, SubmitMilestoneForm } from "./milestone-forms";

type Workspace = RouterOutputs["contract"]["workspace"];
type Milestone = Workspace["milestones"][number];

const statusText: Record<Milestone["status"], string> = {
  pending: "To do",
  submitted: "Submitted for review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

export function MilestoneBoard({ workspace }: { workspace: Workspace }) {
  const { contract, milestones, role } = workspace;
  const active = contract.status === "active";
  const planned = milestones.reduce((sum, m) => sum + m.amountMinor, 0);
  const approved = milestones
    .filter((m) => m.status === "approved")
    .reduce((sum, m) => sum + m.amountMinor, 0);
  return (
    <section aria-labelledby="milestones-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="milestones-heading" className="text-xl font-semibold">
          Milestones
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatMoney(planned, contract.currency)} of{" "}
          {formatMoney(contract.amountMinor, contract.currency)} planned
        </p>
      </div>
      {contract.amountMinor > 0 ? (
        <ProgressBar
          label="Work approved"
          value={approved}
          max={contract.amountMinor}
          valueText={`${formatMoney(approved, contract.currency)} of ${formatMoney(contract.amountMinor, contract.currency)}`}
        />
      ) : null}
      {milestones.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          No milestones planned yet.
          {role === "client" && active ? " Split the work into steps below." : ""}
        </p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Milestones">
          {milestones.map((m) => (
            <li key={m.id}>
              <MilestoneItem
                milestone={m}
                currency={contract.currency}
                role={role}
                active={active}
              />
            </li>
          ))}
        </ol>
      )}
      {active && role === "client" ? (
        <>
          <AddMilestoneForm contractId={contract.id} currency={contract.currency} />
          <EndContract contractId={contract.id} />
        </>
      ) : null}
    </section>
  );
}

function MilestoneItem({
  milestone: m,
  currency,
  role,
  active,
}: {
  milestone: Milestone;
  currency: string;
  role: Workspace["role"];
  active: boolean;
}) {
  const router = useRouter();
  const [form, setForm] = useState<"submit" | "changes" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const approve = api.contract.approveMilestone.useMutation({
    onError: (e) => setError(e.message),
    onSuccess: () => router.refresh(),
  });
  const canSubmit =
    active && role === "freelancer" && (m.status === "pending" || m.status === "changes_requested");
  const canDecide = active && role === "client" && m.status === "submitted";
  // Links saved before submissions were limited to http(s) are shown only if they pass now.
  const links = (m.submissionLinks ?? []).filter((link) => webLink.safeParse(link).success);
  return (
    <article
      aria-label={`Milestone ${m.title}`}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{m.title}</h3>
        <p className="text-sm">
          <strong>{formatMoney(m.amountMinor, currency)}</strong> · {statusText[m.status]}
          {m.dueDate ? ` · due ${formatDate(m.dueDate)}` : ""}
        </p>
      </div>
      {error ? (
        <div className="mt-2">
          <FormAlert tone="error">{error}</FormAlert>
        </div>
      ) : null}
      {m.submissionNote ? (
        <div className="mt-2 text-sm">
          <p className="whitespace-pre-line">{m.submissionNote}</p>
          {links.length ? (
            <ul className="mt-1 flex flex-col gap-0.5" aria-label={`Links for ${m.title}`}>
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
          ) : null}
        </div>
      ) : null}
      {m.status === "changes_requested" && m.changesReason ? (
        <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          Changes requested: {m.changesReason}
        </p>
      ) : null}
      {canSubmit && form !== "submit" ? (
        <Button
          type="button"
          className="mt-3"
          onClick={() => setForm("submit")}
          aria-label={`Submit for review: ${m.title}`}
        >
          Submit for review
        </Button>
      ) : null}
      {canSubmit && form === "submit" ? (
        <SubmitMilestoneForm id={m.id} title={m.title} onDone={() => setForm(null)} />
      ) : null}
      {canDecide && form === null ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            type="button"
            pending={approve.isPending}
            pendingLabel="Approving…"
            onClick={() => approve.mutate({ id: m.id })}
            aria-label={`Approve ${m.title}`}
          >
            Approve
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => setForm("changes")}
            aria-label={`Request changes to ${m.title}`}
          >
            Request changes
          </Button>
        </div>
      ) : null}
      {canDecide && form === "changes" ? (
        <RequestChangesForm id={m.id} title={m.title} onDone={() => setForm(null)} />
      ) : null}
    </article>
  );
}
