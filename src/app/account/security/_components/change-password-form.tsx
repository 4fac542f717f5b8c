"use client";

import { FormAlert } from "~/app/_components/form/form-alert";
import { NewPasswordField } from "~/app/_components/form/new-password-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { refusingWeak, usePasswordStrength } from "~/app/_components/form/use-password-strength";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import type { PasswordOwner } from "~/shared/password-strength";
import { ChangePasswordInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ChangePasswordForm({ owner }: { owner: PasswordOwner }) {
  const utils = api.useUtils();
  const { values, set, reset } = useFieldValues({ currentPassword: "", newPassword: "" });
  const strength = usePasswordStrength(values.newPassword, owner);
  const change = api.account.changePassword.useMutation({
    onSuccess: async () => {
      reset();
      await Promise.all([
        utils.account.sessions.invalidate(),
        utils.account.securityEvents.invalidate(),
      ]);
    },
  });
  const form = useSchemaForm(refusingWeak(ChangePasswordInput, "newPassword", strength), change);

  return (
    <form onSubmit={form.onSubmit(() => values)} noValidate className="flex flex-col gap-4">
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {change.isSuccess && !form.message ? (
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
        error={form.fieldErrors.currentPassword}
        required
      />
      <NewPasswordField
        name="newPassword"
        label="New password"
        value={values.newPassword}
        onChange={(event) => {
          form.clearField("newPassword");
          set("newPassword")(event);
        }}
        error={form.fieldErrors.newPassword}
        strength={strength}
      />
      <Button pending={form.pending} pendingLabel="Changing…" className="self-start">
        Change password
      </Button>
    </form>
  );
}
