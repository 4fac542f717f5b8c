"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { ForgotPasswordInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const request = api.auth.requestPasswordReset.useMutation();
  const form = useSchemaForm(ForgotPasswordInput, request);

  if (request.isSuccess) return <FormAlert tone="success">{request.data.message}</FormAlert>;
  return (
    <form
      method="post"
      onSubmit={form.onSubmit(() => ({ email }))}
      noValidate
      className="flex flex-col gap-4"
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Enter the email of your account and we&apos;ll send you a link to choose a new password.
      </p>
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={form.fieldErrors.email}
        required
      />
      <Button pending={form.pending} pendingLabel="Sending…">
        Send reset link
      </Button>
    </form>
  );
}
