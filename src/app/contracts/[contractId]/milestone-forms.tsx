"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { useViewerTimeZone } from "~/app/_components/local-time";
import { useRefresh } from "~/app/_components/use-refresh";
import { calendarDay, dayFromInput, dayIn, DUE_DATE_IN_PAST } from "~/shared/format/dates";
import { minorToInput, parseMoneyToMinor } from "~/shared/format/money";
import {
  AddMilestoneInput,
  EditMilestoneInput,
  RequestChangesInput,
  SubmitMilestoneInput,
} from "~/shared/schemas/contract";
import { api } from "~/trpc/react";
import { FilePicker } from "~/app/_components/file-picker";
import { MAX_ATTACHMENTS } from "~/shared/files";

const panel =
  "flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700";

/** Today in the browser's own zone, as a date input writes it. */
const localToday = () => dayIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);

/**
 * The server refuses only a due day already over everywhere on earth; here, where the zone is
 * known, the person is held to their own today. `unchanged` (an edit's saved date) may stay.
 */
const notBeforeToday =
  (unchanged: string | null = null) =>
  (value: { dueDate: Date | null }) =>
    value.dueDate === null ||
    calendarDay(value.dueDate) === unchanged ||
    calendarDay(value.dueDate) >= localToday();
const dueIssue = { error: DUE_DATE_IN_PAST, path: ["dueDate"] };

/** Title, amount in the contract's currency and an optional due day, as typed. */
function useMilestoneFields(
  currency: string,
  start = { title: "", amountMinor: null as number | null, dueDate: null as Date | null },
) {
  const fields = useFieldValues({
    title: start.title,
    amount: start.amountMinor === null ? "" : minorToInput(start.amountMinor, currency),
    due: start.dueDate ? calendarDay(start.dueDate) : "",
  });
  const input = () => ({
    title: fields.values.title,
    amountMinor: parseMoneyToMinor(fields.values.amount, currency) ?? Number.NaN,
    // A date input gives a calendar day; it is stored as that day at 00:00 UTC.
    dueDate: fields.values.due ? dayFromInput(fields.values.due) : null,
  });
  return { ...fields, input };
}

function MilestoneFields({
  id,
  currency,
  fields,
  errors,
}: {
  id: string;
  currency: string;
  fields: ReturnType<typeof useMilestoneFields>;
  errors: Record<string, string[] | undefined>;
}) {
  const { values, set } = fields;
  const zone = useViewerTimeZone();
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_10rem_11rem]">
      <TextField
        name={`milestoneTitle-${id}`}
        label="Milestone"
        value={values.title}
        onChange={set("title")}
        error={errors.title}
      />
      <TextField
        name={`milestoneAmount-${id}`}
        label={`Amount (${currency})`}
        inputMode="decimal"
        value={values.amount}
        onChange={set("amount")}
        error={errors.amountMinor}
      />
      <TextField
        name={`milestoneDue-${id}`}
        label="Due (optional)"
        type="date"
        min={dayIn(new Date(), zone)}
        value={values.due}
        onChange={set("due")}
        error={errors.dueDate}
      />
    </div>
  );
}

/** The client plans a milestone: title, amount in the contract's currency, optional due date. */
export function AddMilestoneForm({
  contractId,
  currency,
}: {
  contractId: string;
  currency: string;
}) {
  const { refreshing, refresh } = useRefresh();
  const fields = useMilestoneFields(currency);
  const add = api.contract.addMilestone.useMutation({
    onSuccess: () => {
      fields.reset();
      refresh();
    },
  });
  const [schema] = useState(() => AddMilestoneInput.refine(notBeforeToday(), dueIssue));
  const form = useSchemaForm(schema, add);
  return (
    <form
      onSubmit={form.onSubmit(() => ({ contractId, ...fields.input() }))}
      noValidate
      className={panel}
      aria-label="Add a milestone"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <MilestoneFields id="new" currency={currency} fields={fields} errors={form.fieldErrors} />
      <Button pending={form.pending || refreshing} pendingLabel="Adding…" className="self-start">
        Add milestone
      </Button>
    </form>
  );
}

/** The client rewrites a milestone the freelancer has not handed in yet. */
export function EditMilestoneForm({
  milestone,
  currency,
  onDone,
}: {
  milestone: { id: string; title: string; amountMinor: number; dueDate: Date | null };
  currency: string;
  onDone: () => void;
}) {
  const { refreshing, refresh } = useRefresh();
  const fields = useMilestoneFields(currency, milestone);
  const edit = api.contract.editMilestone.useMutation({
    onSuccess: () => refresh(onDone),
  });
  const saved = milestone.dueDate ? calendarDay(milestone.dueDate) : null;
  const [schema] = useState(() => EditMilestoneInput.refine(notBeforeToday(saved), dueIssue));
  const form = useSchemaForm(schema, edit);
  return (
    <form
      onSubmit={form.onSubmit(() => ({ id: milestone.id, ...fields.input() }))}
      noValidate
      className={`${panel} mt-3`}
      aria-label={`Edit ${milestone.title}`}
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <MilestoneFields
        id={milestone.id}
        currency={currency}
        fields={fields}
        errors={form.fieldErrors}
      />
      <div className="flex gap-2">
        <Button pending={form.pending || refreshing} pendingLabel="Saving…">
          Save milestone
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
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
  const { refreshing, refresh } = useRefresh();
  const { values, set } = useFieldValues({ note: "", links: "" });
  const [files, setFiles] = useState({ fileIds: [] as string[], uploading: false });
  const submit = api.contract.submitMilestone.useMutation({
    onSuccess: () => refresh(onDone),
  });
  const form = useSchemaForm(SubmitMilestoneInput, submit);
  return (
    <form
      onSubmit={form.onSubmit(() => ({
        id,
        note: values.note,
        // One link per line, so a refusal can name the line.
        links: values.links
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
        fileIds: files.fileIds,
      }))}
      noValidate
      className={`${panel} mt-3`}
      aria-label={`Submit ${title} for review`}
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextAreaField
        name={`note-${id}`}
        label="What you delivered"
        rows={3}
        value={values.note}
        onChange={set("note")}
        error={form.fieldErrors.note}
      />
      <TextAreaField
        name={`links-${id}`}
        label="Links (optional, one per line)"
        rows={2}
        value={values.links}
        onChange={set("links")}
        error={form.fieldErrors.links}
      />
      <FilePicker
        purpose="deliverable"
        label="Attach deliverables"
        max={MAX_ATTACHMENTS}
        onChange={setFiles}
        error={form.fieldErrors.fileIds}
      />
      <div className="flex gap-2">
        <Button
          pending={form.pending || refreshing || files.uploading}
          pendingLabel={files.uploading ? "Uploading files…" : "Sending…"}
        >
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
  const { refreshing, refresh } = useRefresh();
  const [reason, setReason] = useState("");
  const changes = api.contract.requestChanges.useMutation({
    onSuccess: () => refresh(onDone),
  });
  const form = useSchemaForm(RequestChangesInput, changes);
  return (
    <form
      onSubmit={form.onSubmit(() => ({ id, reason }))}
      noValidate
      className={`${panel} mt-3`}
      aria-label={`Request changes to ${title}`}
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextAreaField
        name={`reason-${id}`}
        label="What should change"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.fieldErrors.reason}
      />
      <div className="flex gap-2">
        <Button pending={form.pending || refreshing} pendingLabel="Sending…">
          Send back
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
