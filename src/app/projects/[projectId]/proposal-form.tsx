"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { durationLabel } from "~/shared/format/labels";
import { parseMoneyToMinor } from "~/shared/format/money";
import { projectDurations } from "~/shared/schemas/project";
import { SubmitProposalInput } from "~/shared/schemas/proposal";
import { api } from "~/trpc/react";

export function ProposalForm({
  projectId,
  currency,
  hourly,
}: {
  projectId: string;
  currency: string;
  /** On an hourly project the bid is a rate per hour, and the field says so. */
  hourly: boolean;
}) {
  const router = useRouter();
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const { values, set } = useFieldValues({
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
      <TextAreaField
        name="coverLetter"
        label="Cover letter"
        rows={6}
        value={values.coverLetter}
        onChange={set("coverLetter")}
        error={fieldErrors.coverLetter}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="bid"
          label={hourly ? `Your rate (${currency}/hour)` : `Your bid (${currency})`}
          inputMode="decimal"
          value={values.bid}
          onChange={set("bid")}
          error={fieldErrors.bidMinor}
          required
        />
        <SelectField
          label="Estimated duration"
          value={values.estimatedDuration}
          onChange={set("estimatedDuration")}
          options={projectDurations.map((d) => ({ value: d, label: durationLabel[d] }))}
        />
      </div>
      <Button pending={submitProposal.isPending} pendingLabel="Sending…" className="self-start">
        Send proposal
      </Button>
    </form>
  );
}
