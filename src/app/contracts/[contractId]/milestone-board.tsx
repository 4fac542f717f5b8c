"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { formatMoney, parseMoneyToMinor } from "~/shared/format/money";
import { AddMilestoneInput } from "~/shared/schemas/contract";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

type Milestone = RouterOutputs["contract"]["milestones"][number];

const statusText: Record<Milestone["status"], string> = {
  pending: "To do",
  submitted: "Submitted for review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

export function MilestoneBoard({
  contract,
  milestones,
  role,
}: {
  contract: { id: string; currency: string; active: boolean };
  milestones: Milestone[];
  role: "client" | "freelancer" | "other";
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const after = {
    onError: (e: { message: string }) => setError(e.message),
    onSuccess: () => router.refresh(),
  };
  const submit = api.contract.submitMilestone.useMutation(after);
  const approve = api.contract.approveMilestone.useMutation(after);
  const changes = api.contract.requestChanges.useMutation(after);
  const end = api.contract.end.useMutation(after);

  return (
    <section aria-labelledby="milestones-heading" className="flex flex-col gap-4">
      <h2 id="milestones-heading" className="text-xl font-semibold">
        Milestones
      </h2>
      <div aria-live="polite">{error ? <FormAlert tone="error">{error}</FormAlert> : null}</div>
      {milestones.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">No milestones planned yet.</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="Milestones">
          {milestones.map((m) => (
            <li key={m.id}>
              <article
                aria-label={`Milestone ${m.title}`}
                className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{m.title}</h3>
                  <p className="text-sm">
                    <strong>{formatMoney(m.amountMinor, contract.currency)}</strong> ·{" "}
                    {statusText[m.status]}
                  </p>
                </div>
                {m.submissionNote ? (
                  <p className="mt-2 text-sm whitespace-pre-line">{m.submissionNote}</p>
                ) : null}
                {m.status === "changes_requested" && m.changesReason ? (
                  <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">
                    Changes requested: {m.changesReason}
                  </p>
                ) : null}
                {contract.active &&
                role === "freelancer" &&
                (m.status === "pending" || m.status === "changes_requested") ? (
                  <Button
                    type="button"
                    className="mt-3"
                    onClick={() =>
                      submit.mutate({ id: m.id, note: `Delivered: ${m.title}`, links: [] })
                    }
                    aria-label={`Submit ${m.title}`}
                  >
                    Submit for review
                  </Button>
                ) : null}
                {contract.active && role === "client" && m.status === "submitted" ? (
                  <div className="mt-3 flex flex-wrap gap-2">
                    <Button
                      type="button"
                      onClick={() => approve.mutate({ id: m.id })}
                      aria-label={`Approve ${m.title}`}
                    >
                      Approve
                    </Button>
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() =>
                        changes.mutate({ id: m.id, reason: "Please revise this milestone." })
                      }
                      aria-label={`Request changes to ${m.title}`}
                    >
                      Request changes
                    </Button>
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
      {contract.active && role === "client" ? (
        <>
          <AddMilestoneForm contractId={contract.id} currency={contract.currency} />
          <Button
            type="button"
            variant="secondary"
            className="self-start"
            onClick={() => end.mutate({ id: contract.id })}
          >
            End contract
          </Button>
        </>
      ) : null}
    </section>
  );
}

function AddMilestoneForm({ contractId, currency }: { contractId: string; currency: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ title: "", amount: "" });
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const add = api.contract.addMilestone.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => {
      setValues({ title: "", amount: "" });
      router.refresh();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(AddMilestoneInput, {
      contractId,
      title: values.title,
      amountMinor: parseMoneyToMinor(values.amount, currency) ?? Number.NaN,
    });
    if (input) add.mutate(input);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
      aria-label="Add a milestone"
    >
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <TextField
          name="milestoneTitle"
          label="Milestone"
          value={values.title}
          onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
          error={fieldErrors.title}
        />
        <TextField
          name="milestoneAmount"
          label={`Amount (${currency})`}
          inputMode="decimal"
          value={values.amount}
          onChange={(e) => setValues((v) => ({ ...v, amount: e.target.value }))}
          error={fieldErrors.amountMinor}
        />
      </div>
      <Button pending={add.isPending} pendingLabel="Adding…" className="self-start">
        Add milestone
      </Button>
    </form>
  );
}
