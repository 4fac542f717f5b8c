"use client";

import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { ForgotPasswordInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const request = api.auth.requestPasswordReset.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(ForgotPasswordInput, { email });
    if (input) request.mutate(input);
  }

  if (request.isSuccess) return <FormAlert tone="success">{request.data.message}</FormAlert>;
  return (
    <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Enter the email of your account and we&apos;ll send you a link to choose a new password.
      </p>
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
        required
      />
      <Button pending={request.isPending} pendingLabel="Sending…">
        Send reset link
      </Button>
    </form>
  );
}
