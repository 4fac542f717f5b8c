"use client";

import { useEffect, useRef, useState } from "react";
import type { ZodType } from "zod";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";

type Mutation<T> = Parameters<typeof useSchemaForm<T>>[1];

/**
 * One action on a job or a job name: what it does and a required reason (recorded in the audit
 * log). Focus goes to the reason when it opens; Cancel puts it away.
 */
export function JobActionForm<T>({
  title,
  explain,
  submitLabel,
  pendingLabel,
  danger = false,
  schema,
  mutation,
  values,
  onCancel,
}: {
  title: string;
  explain: string;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  schema: ZodType<T>;
  mutation: Mutation<T>;
  values: (reason: string) => unknown;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const form = useSchemaForm(schema, mutation);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <form
      onSubmit={form.onSubmit(() => values(reason))}
      noValidate
      aria-label={title}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-800/50"
    >
      <h3 className="font-semibold wrap-anywhere">{title}</h3>
      <p className="text-sm">{explain}</p>
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextAreaField
        ref={box}
        id="job-action-reason"
        name="reason"
        label="Reason (recorded in the audit log)"
        rows={2}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          form.clearField("reason");
        }}
        error={form.fieldErrors.reason}
      />
      <div className="flex flex-wrap gap-2">
        <Button
          variant={danger ? "danger" : "primary"}
          pending={form.pending}
          pendingLabel={pendingLabel}
        >
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
