"use client";

import type { FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { ChangePasswordInput, PASSWORD_MAX, PASSWORD_MIN } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ChangePasswordForm() {
  const utils = api.useUtils();
  const { values, set, reset } = useFieldValues({ currentPassword: "", newPassword: "" });
  const { fieldErrors, message, check, fromResult, clear } = useFormErrors();
  const change = api.account.changePassword.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: async () => {
      reset();
      await Promise.all([
        utils.account.sessions.invalidate(),
        utils.account.securityEvents.invalidate(),
      ]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    clear();
    const input = check(ChangePasswordInput, values);
    if (input) change.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      {change.isSuccess && !message ? (
        <FormAlert tone="success">
          Password changed.{" "}
          {change.data.otherSessionsRevoked > 0
            ? `${change.data.otherSessionsRevoked} other device(s) were signed out.`
            : null}
        </FormAlert>
      ) : null}
      <TextField
        name="currentPassword"
        type="password"
        label="Current password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set("currentPassword")}
        error={fieldErrors.currentPassword}
        required
      />
      <TextField
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        value={values.newPassword}
        onChange={set("newPassword")}
        error={fieldErrors.newPassword}
        required
      />
      <Button pending={change.isPending} pendingLabel="Changing…" className="self-start">
        Change password
      </Button>
    </form>
  );
}
