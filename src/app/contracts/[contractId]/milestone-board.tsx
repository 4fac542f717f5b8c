"use client";

import { useState } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormAlert } from "~/app/_components/form/form-alert";
import { ProgressBar } from "~/app/_components/progress-bar";
import { Button } from "~/app/_components/form/submit-button";
import { DueDate } from "~/app/_components/local-time";
import { useRefresh } from "~/app/_components/use-refresh";
import { milestoneStatusLabel } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import { webLink } from "~/shared/schemas/profile";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";
import { InDisputeNote, useActiveDispute } from "./contract-disputes";
import { EndContract } from "./end-contract";
import { AutoReleaseNote, FundLink, MoneyBadge } from "./milestone-money";
import { MilestoneHistory, SubmissionLinks } from "./milestone-history";
import {
  AddMilestoneForm,
  EditMilestoneForm,
  RequestChangesForm,
  SubmitMilestoneForm,
} from "./milestone-forms";
import { useIdempotencyKey } from "~/trpc/idempotency-key";

type Workspace = RouterOutputs["contract"]["workspace"];
type Milestone = Workspace["milestones"][number];
type MilestoneEvent = Workspace["milestoneHistory"][number];

/** The states of a milestone not yet handed in (or sent back): still to be funded or done. */
const OPEN = ["pending", "funded", "changes_requested"] as const;

export function MilestoneBoard({ workspace, now }: { workspace: Workspace; now: number }) {
  const { contract, milestones, milestoneHistory, role } = workspace;
  const active = contract.status === "active";
  const planned = milestones.reduce((sum, m) => sum + m.amountMinor, 0);
  const historyOf = (id: string) => milestoneHistory.filter((event) => event.milestoneId === id);
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
                contractId={contract.id}
                milestone={m}
                history={historyOf(m.id)}
                currency={contract.currency}
                role={role}
                active={active}
                now={now}
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
  contractId,
  milestone: m,
  history,
  currency,
  role,
  active,
  now,
}: {
  contractId: string;
  milestone: Milestone;
  history: MilestoneEvent[];
  currency: string;
  role: Workspace["role"];
  active: boolean;
  now: number;
}) {
  const { refreshing, refresh } = useRefresh();
  const [form, setForm] = useState<"submit" | "changes" | "edit" | "remove" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const approval = useIdempotencyKey();
  const approve = api.contract.approveMilestone.useMutation({
    trpc: approval.trpc,
    onMutate: () => setError(null),
    onError: (e) => setError(e.message),
    onSuccess: () => {
      approval.renew();
      return refresh();
    },
  });
  const remove = api.contract.removeMilestone.useMutation({
    onSuccess: () => refresh(() => setForm(null)),
  });
  // A dispute freezes the milestone's money: nothing that would move it is offered.
  const dispute = useActiveDispute(contractId, m.id, role !== "observer");
  // Work not yet handed in: the client may pay into it, the freelancer hand it in once it is.
  const open = active && (OPEN as readonly string[]).includes(m.status);
  const funded = m.money.state === "funded";
  const canFund = open && role === "client" && !funded && !dispute;
  const canSubmit = open && role === "freelancer" && m.status !== "pending" && funded;
  const awaitingFunds = open && role === "freelancer" && !funded;
  const canDecide = active && role === "client" && m.status === "submitted" && !dispute;
  const canChange =
    active && role === "client" && (m.status === "pending" || m.status === "funded") && !dispute;
  // Links saved before submissions were limited to http(s) are shown only if they pass now.
  const links = (m.submissionLinks ?? []).filter((link) => webLink.safeParse(link).success);
  return (
    <article
      aria-label={`Milestone ${m.title}`}
      className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold wrap-anywhere">{m.title}</h3>
        <p className="text-sm">
          <strong>{formatMoney(m.amountMinor, currency)}</strong>
          {/* "Funded" is the money badge's word: said once. */}
          {m.status === "funded" ? null : <> · {milestoneStatusLabel[m.status]}</>}
          {m.dueDate ? (
            <>
              {" · "}
              <DueDate
                due={m.dueDate}
                done={m.status === "approved" || !active}
                now={now}
                label="due"
              />
            </>
          ) : null}
        </p>
      </div>
      <div className="mt-2">
        <MoneyBadge milestone={m} currency={currency} />
      </div>
      {dispute ? <InDisputeNote contractId={contractId} dispute={dispute} /> : null}
      {m.money.autoReleaseAt && active && !dispute ? (
        <AutoReleaseNote at={m.money.autoReleaseAt} role={role} />
      ) : null}
      {error ? (
        <div className="mt-2">
          <FormAlert tone="error">{error}</FormAlert>
        </div>
      ) : null}
      {m.submissionNote ? (
        <div className="mt-2 text-sm">
          <p className="wrap-anywhere whitespace-pre-line">{m.submissionNote}</p>
          <SubmissionLinks links={links} label={`Links for ${m.title}`} />
        </div>
      ) : null}
      {m.status === "changes_requested" && m.changesReason ? (
        <p className="mt-2 text-sm wrap-anywhere text-amber-800 dark:text-amber-300">
          Changes requested: {m.changesReason}
        </p>
      ) : null}
      {history.length ? <MilestoneHistory title={m.title} events={history} /> : null}
      {awaitingFunds ? (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          {m.money.state === "underfunded"
            ? "Waiting for the client to fund the difference."
            : "Waiting for the client to fund this milestone."}
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
      {(canFund || canChange) && (form === null || form === "remove") ? (
        <div className="mt-3 flex flex-wrap gap-2">
          {canFund ? <FundLink contractId={contractId} milestone={m} currency={currency} /> : null}
          {canChange ? (
            <>
              <Button
                type="button"
                variant="secondary"
                onClick={() => setForm("edit")}
                aria-label={`Edit ${m.title}`}
              >
                Edit
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  remove.reset();
                  setForm("remove");
                }}
                aria-label={`Remove ${m.title}`}
              >
                Remove
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      {canChange && form === "edit" ? (
        <EditMilestoneForm milestone={m} currency={currency} onDone={() => setForm(null)} />
      ) : null}
      {form === "remove" ? (
        <ConfirmDialog
          title={`Remove “${m.title}”?`}
          confirmLabel="Remove milestone"
          pendingLabel="Removing…"
          cancelLabel="Keep it"
          tone="danger"
          pending={remove.isPending || refreshing}
          error={remove.error?.message}
          onConfirm={() => remove.mutate({ id: m.id })}
          onCancel={() => setForm(null)}
        >
          <p>
            It leaves the plan, freeing {formatMoney(m.amountMinor, currency)} of the contract
            amount. The freelancer sees the plan without it.
          </p>
        </ConfirmDialog>
      ) : null}
      {canDecide && form === null ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            type="button"
            pending={approve.isPending || refreshing}
            pendingLabel="Approving…"
            onClick={() => approve.mutate({ id: m.id })}
            aria-label={`Approve ${m.title}`}
          >
            Approve
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={approve.isPending || refreshing}
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
