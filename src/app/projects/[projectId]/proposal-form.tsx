"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { durationLabel } from "~/shared/format/labels";
import { parseMoneyToMinor } from "~/shared/format/money";
import { projectDurations } from "~/shared/schemas/project";
import { SubmitProposalInput } from "~/shared/schemas/proposal";
import { api } from "~/trpc/react";

export function ProposalForm({ projectId, currency }: { projectId: string; currency: string }) {
  const router = useRouter();
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const [values, setValues] = useState({
    coverLetter: "",
    bid: "",
    estimatedDuration: "1_to_4_weeks",
  });
  const submitProposal = api.proposal.submit.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => router.refresh(),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(SubmitProposalInput, {
      projectId,
      coverLetter: values.coverLetter,
      bidMinor: parseMoneyToMinor(values.bid, currency) ?? Number.NaN,
      estimatedDuration: values.estimatedDuration,
    });
    if (input) submitProposal.mutate(input);
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-4"
      aria-labelledby="proposal-heading"
    >
      <h2 id="proposal-heading" className="text-lg font-semibold">
        Send a proposal
      </h2>
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="field-coverLetter" className="text-sm font-medium">
          Cover letter
        </label>
        <textarea
          id="field-coverLetter"
          rows={6}
          value={values.coverLetter}
          onChange={(e) => setValues((v) => ({ ...v, coverLetter: e.target.value }))}
          aria-invalid={fieldErrors.coverLetter ? true : undefined}
          aria-describedby={fieldErrors.coverLetter ? "field-coverLetter-error" : undefined}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
        {fieldErrors.coverLetter ? (
          <p
            id="field-coverLetter-error"
            className="text-sm font-medium text-red-700 dark:text-red-400"
          >
            {fieldErrors.coverLetter.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="bid"
          label={`Your bid (${currency})`}
          inputMode="decimal"
          value={values.bid}
          onChange={(e) => setValues((v) => ({ ...v, bid: e.target.value }))}
          error={fieldErrors.bidMinor}
          required
        />
        <label className="flex flex-col gap-1.5 text-sm font-medium">
          Estimated duration
          <select
            value={values.estimatedDuration}
            onChange={(e) => setValues((v) => ({ ...v, estimatedDuration: e.target.value }))}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          >
            {projectDurations.map((d) => (
              <option key={d} value={d}>
                {durationLabel[d]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Button pending={submitProposal.isPending} pendingLabel="Sending…" className="self-start">
        Send proposal
      </Button>
    </form>
  );
}
