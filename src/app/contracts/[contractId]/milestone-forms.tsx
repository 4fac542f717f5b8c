"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { parseMoneyToMinor } from "~/shared/format/money";
import {
  AddMilestoneInput,
  RequestChangesInput,
  SubmitMilestoneInput,
} from "~/shared/schemas/contract";
import { api } from "~/trpc/react";

const panel =
  "flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700";

/** The client plans a milestone: title, amount in the contract's currency, optional due date. */
export function AddMilestoneForm({
  contractId,
  currency,
}: {
  contractId: string;
  currency: string;
}) {
  const router = useRouter();
  const { values, set, reset } = useFieldValues({ title: "", amount: "", due: "" });
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const add = api.contract.addMilestone.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => {
      reset();
      router.refresh();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(AddMilestoneInput, {
      contractId,
      title: values.title,
      amountMinor: parseMoneyToMinor(values.amount, currency) ?? Number.NaN,
      // A date input gives a calendar day; it is stored as that day at 00:00 UTC.
      dueDate: values.due ? new Date(`${values.due}T00:00:00Z`) : null,
    });
    if (input) add.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className={panel} aria-label="Add a milestone">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem_11rem]">
        <TextField
          name="milestoneTitle"
          label="Milestone"
          value={values.title}
          onChange={set("title")}
          error={fieldErrors.title}
        />
        <TextField
          name="milestoneAmount"
          label={`Amount (${currency})`}
          inputMode="decimal"
          value={values.amount}
          onChange={set("amount")}
          error={fieldErrors.amountMinor}
        />
        <TextField
          name="milestoneDue"
          label="Due (optional)"
          type="date"
          value={values.due}
          onChange={set("due")}
          error={fieldErrors.dueDate}
        />
      </div>
      <Button pending={add.isPending} pendingLabel="Adding…" className="self-start">
        Add milestone
      </Button>
    </form>
  );
}

/** The freelancer hands in a milestone: what was delivered, and links to it (one per line). */
export function SubmitMilestoneForm({
  id,
  title,
  onDone,
}: {
  id: string;
  title: string;
  onDone: () => void;
}) {
  const router = useRouter();
  const { values, set } = useFieldValues({ note: "", links: "" });
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const submitMilestone = api.contract.submitMilestone.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const links = values.links
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const input = check(SubmitMilestoneInput, { id, note: values.note, links });
    if (input) submitMilestone.mutate(input);
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className={`${panel} mt-3`}
      aria-label={`Submit ${title} for review`}
    >
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <TextAreaField
        name={`note-${id}`}
        label="What you delivered"
        rows={3}
        value={values.note}
        onChange={set("note")}
        error={fieldErrors.note}
      />
      <TextAreaField
        name={`links-${id}`}
        label="Links (optional, one per line)"
        rows={2}
        value={values.links}
        onChange={set("links")}
        error={fieldErrors.links}
      />
      <div className="flex gap-2">
        <Button pending={submitMilestone.isPending} pendingLabel="Sending…">
          Send for review
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The client sends a submitted milestone back, saying what to change. */
export function RequestChangesForm({
  id,
  title,
  onDone,
}: {
  id: string;
  title: string;
  onDone: () => void;
}) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const changes = api.contract.requestChanges.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(RequestChangesInput, { id, reason });
    if (input) changes.mutate(input);
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      className={`${panel} mt-3`}
      aria-label={`Request changes to ${title}`}
    >
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <TextAreaField
        name={`reason-${id}`}
        label="What should change"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldErrors.reason}
      />
      <div className="flex gap-2">
        <Button pending={changes.isPending} pendingLabel="Sending…">
          Send back
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
