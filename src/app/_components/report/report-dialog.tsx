"use client";

import { useEffect, useId, useRef, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { ReportInput } from "~/shared/schemas/moderation";
import { reportReasonLabels, reportReasons, type ReportSubject } from "~/shared/trust";
import { api } from "~/trpc/react";

const procedureOf = {
  project: "reportProject",
  profile: "reportProfile",
  review: "reportReview",
  message: "reportMessage",
} as const;

/**
 * Reporting something to Guild's admins: a reason from the short list and an optional note,
 * in a native modal dialog (the page is inert behind it, Escape cancels, focus comes back to
 * the button that opened it). Errors show beside their field; the choices stay after one.
 */
export function ReportDialog({
  subjectType,
  subjectId,
  title,
  onReported,
  onCancel,
}: {
  subjectType: ReportSubject;
  subjectId: string;
  /** "Report this project?" */
  title: string;
  onReported: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const mutation = api.moderation[procedureOf[subjectType]].useMutation({ onSuccess: onReported });
  const form = useSchemaForm(ReportInput, mutation);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const reasonError = form.fieldErrors.reason;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!form.pending) onCancel();
      }}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(32rem,calc(100%-2rem))] overflow-y-auto rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={form.onSubmit(() => ({ subjectId, reason, note }))}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Guild’s admins read it as it is now, with your reason, and tell you what they decided. The
          person you report is not told who reported them.
        </p>
        <fieldset
          className="flex flex-col gap-2"
          aria-invalid={reasonError?.length ? true : undefined}
          aria-describedby={reasonError?.length ? `${titleId}-reason-error` : undefined}
        >
          <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
            Why are you reporting it?
          </legend>
          {reportReasons.map((value) => (
            <label
              key={value}
              className="has-checked:border-brand-600 has-checked:bg-brand-50 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950 flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 text-sm dark:border-slate-700"
            >
              <input
                type="radio"
                name={`${titleId}-reason`}
                value={value}
                checked={reason === value}
                onChange={() => {
                  setReason(value);
                  form.clearField("reason");
                }}
                className="accent-brand-600 h-4 w-4"
              />
              {reportReasonLabels[value]}
            </label>
          ))}
          {reasonError?.length ? (
            <p
              id={`${titleId}-reason-error`}
              className="text-sm font-medium text-red-700 dark:text-red-400"
            >
              {reasonError.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <TextAreaField
          name={`${titleId}-note`}
          label="Anything the admins should know? (optional)"
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={form.fieldErrors.note}
        />
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" disabled={form.pending} onClick={onCancel}>
            Cancel
          </Button>
          <Button pending={form.pending} pendingLabel="Sending…">
            Send report
          </Button>
        </div>
      </form>
    </dialog>
  );
}
