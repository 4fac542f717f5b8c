"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { formatDateTime } from "~/shared/format/labels";
import { RequestEmailChangeInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";
import { EmailStatus } from "./email-status";

/** The account's address, its verification, and a change of address in progress. */
export function EmailAddress() {
  const [me] = api.account.me.useSuspenseQuery();
  const [changing, setChanging] = useState(false);

  return (
    <div className="flex flex-col gap-3">
      <span className="font-medium wrap-anywhere">{me.email}</span>
      <EmailStatus verified={me.emailVerified !== null} />
      {me.pendingEmail ? (
        <PendingChange pending={me.pendingEmail} current={me.email} />
      ) : changing ? (
        <ChangeEmailForm onClose={() => setChanging(false)} />
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setChanging(true)}
        >
          Change email
        </Button>
      )}
    </div>
  );
}

function PendingChange({
  pending,
  current,
}: {
  pending: { email: string; sentAt: Date };
  current: string;
}) {
  const utils = api.useUtils();
  const refresh = () =>
    Promise.all([utils.account.me.invalidate(), utils.account.securityEvents.invalidate()]);
  const resend = api.account.resendEmailChange.useMutation({ onSuccess: refresh });
  const cancel = api.account.cancelEmailChange.useMutation({ onSuccess: refresh });
  const error = resend.error ?? cancel.error;

  return (
    <div className="border-brand-200 bg-brand-50 dark:border-brand-800 dark:bg-brand-950 flex flex-col gap-2 rounded-lg border p-3">
      <p>
        Waiting for you to confirm <strong className="wrap-anywhere">{pending.email}</strong> (sent
        at <time dateTime={pending.sentAt.toISOString()}>{formatDateTime(pending.sentAt)}</time>).
      </p>
      <p className="text-slate-700 dark:text-slate-300">
        Open the link we sent there to make it your address. Until then you sign in with{" "}
        <span className="wrap-anywhere">{current}</span>.
      </p>
      <div aria-live="polite">
        {resend.isSuccess && !error ? <p>We sent a new link to {pending.email}.</p> : null}
        {error ? <p className="text-red-700 dark:text-red-400">{error.message}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          pending={resend.isPending}
          pendingLabel="Sending…"
          onClick={() => {
            cancel.reset();
            resend.mutate();
          }}
        >
          Resend
        </Button>
        <Button
          type="button"
          variant="secondary"
          pending={cancel.isPending}
          pendingLabel="Cancelling…"
          onClick={() => {
            resend.reset();
            cancel.mutate();
          }}
        >
          Cancel change
        </Button>
      </div>
    </div>
  );
}

function ChangeEmailForm({ onClose }: { onClose: () => void }) {
  const utils = api.useUtils();
  const { values, set } = useFieldValues({ newEmail: "", password: "" });
  const request = api.account.requestEmailChange.useMutation({
    onSuccess: async () => {
      await Promise.all([utils.account.me.invalidate(), utils.account.securityEvents.invalidate()]);
      onClose();
    },
  });
  const form = useSchemaForm(RequestEmailChangeInput, request);

  return (
    <form
      onSubmit={form.onSubmit(() => values)}
      noValidate
      aria-label="Change email"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <p className="text-slate-700 dark:text-slate-300">
        We&apos;ll send a link to the new address. Your email changes when you open it.
      </p>
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextField
        name="newEmail"
        type="email"
        label="New email"
        autoComplete="email"
        value={values.newEmail}
        onChange={set("newEmail")}
        error={form.fieldErrors.newEmail}
        required
      />
      <TextField
        name="password"
        type="password"
        label="Current password"
        autoComplete="current-password"
        hint="To make sure it's you."
        value={values.password}
        onChange={set("password")}
        error={form.fieldErrors.password}
        required
      />
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel="Sending…">
          Send confirmation link
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
