"use client";

import type { FormEvent, ReactNode } from "react";

import { useHydrated } from "~/app/_components/form/use-hydrated";
import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { durationLabel } from "~/shared/format/labels";
import { minorToInput, parseMoneyToMinor } from "~/shared/format/money";
import { projectDurations, type BudgetType, type ProjectDuration } from "~/shared/schemas/project";
import { EditProposalInput, SubmitProposalInput } from "~/shared/schemas/proposal";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

type Terms = { currency: string; budgetType: BudgetType };
type OwnProposal = NonNullable<RouterOutputs["proposal"]["mineForProject"]>;

function useProposalFields(
  start: { coverLetter: string; bidMinor: number | null; estimatedDuration: ProjectDuration },
  currency: string,
) {
  const { values, set } = useFieldValues({
    coverLetter: start.coverLetter,
    bid: start.bidMinor === null ? "" : minorToInput(start.bidMinor, currency),
    estimatedDuration: start.estimatedDuration as string,
  });
  const input = () => ({
    coverLetter: values.coverLetter,
    bidMinor: parseMoneyToMinor(values.bid, currency) ?? Number.NaN,
    estimatedDuration: values.estimatedDuration,
  });
  return { values, set, input };
}

function ProposalFields({
  fields,
  errors,
  terms,
}: {
  fields: ReturnType<typeof useProposalFields>;
  errors: Record<string, string[] | undefined>;
  terms: Terms;
}) {
  const { values, set } = fields;
  return (
    <>
      <TextAreaField
        name="coverLetter"
        label="Cover letter"
        rows={6}
        value={values.coverLetter}
        onChange={set("coverLetter")}
        error={errors.coverLetter}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="bid"
          label={
            terms.budgetType === "hourly"
              ? `Your rate per hour (${terms.currency})`
              : `Your bid (${terms.currency})`
          }
          inputMode="decimal"
          value={values.bid}
          onChange={set("bid")}
          error={errors.bidMinor}
          required
        />
        <SelectField
          label="Estimated duration"
          value={values.estimatedDuration}
          onChange={set("estimatedDuration")}
          options={projectDurations.map((d) => ({ value: d, label: durationLabel[d] }))}
        />
      </div>
    </>
  );
}

function Frame({
  label,
  message,
  children,
  onSubmit,
}: {
  label: string;
  message: string | null;
  children: ReactNode;
  onSubmit: (event: FormEvent) => void;
}) {
  const hydrated = useHydrated();
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={label}>
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      {/* Loaded lazily (freelancers only): nothing can be typed before it can be kept. */}
      <fieldset disabled={!hydrated} className="contents">
        {children}
      </fieldset>
    </form>
  );
}

/** A freelancer's proposal for an open project; what they sent shows in its place. */
export function SubmitProposalForm({
  projectId,
  terms,
  onSent,
}: {
  projectId: string;
  terms: Terms;
  onSent: (proposal: RouterOutputs["proposal"]["submit"]) => void;
}) {
  const fields = useProposalFields(
    { coverLetter: "", bidMinor: null, estimatedDuration: "1_to_4_weeks" },
    terms.currency,
  );
  const submit = api.proposal.submit.useMutation({ onSuccess: onSent });
  const form = useSchemaForm(SubmitProposalInput, submit);
  return (
    <Frame
      label="Send a proposal"
      message={form.message}
      onSubmit={form.onSubmit(() => ({ projectId, ...fields.input() }))}
    >
      <ProposalFields fields={fields} errors={form.fieldErrors} terms={terms} />
      <Button pending={form.pending} pendingLabel="Sending…" className="self-start">
        Send proposal
      </Button>
    </Frame>
  );
}

/** The freelancer rewrites their proposal while the client has not shortlisted it. */
export function EditProposalForm({
  proposal,
  onSaved,
  onCancel,
}: {
  proposal: OwnProposal;
  onSaved: (proposal: RouterOutputs["proposal"]["edit"]) => void;
  onCancel: () => void;
}) {
  const fields = useProposalFields(proposal, proposal.currency);
  const edit = api.proposal.edit.useMutation({ onSuccess: onSaved });
  const form = useSchemaForm(EditProposalInput, edit);
  return (
    <Frame
      label="Edit your proposal"
      message={form.message}
      onSubmit={form.onSubmit(() => ({ id: proposal.id, ...fields.input() }))}
    >
      <ProposalFields fields={fields} errors={form.fieldErrors} terms={proposal} />
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel="Saving…">
          Save proposal
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </Frame>
  );
}
