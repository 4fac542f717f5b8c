"use client";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { DisableTwoFactorInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

/** Turning 2FA off takes the password and a code; every other device is signed out. */
export function DisableTwoFactor({ onDone }: { onDone: () => Promise<unknown> }) {
  const { values, set } = useFieldValues({ password: "", code: "" });
  const disable = api.account.disableTwoFactor.useMutation({ onSuccess: onDone });
  const form = useSchemaForm(DisableTwoFactorInput, disable);

  return (
    <section aria-labelledby="disable-two-factor-heading" className="flex flex-col gap-3">
      <h3 id="disable-two-factor-heading" className="font-semibold">
        Turn off two-factor authentication
      </h3>
      <form
        onSubmit={form.onSubmit(() => values)}
        noValidate
        className="flex flex-col gap-4"
        aria-label="Turn off two-factor authentication"
      >
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          value={values.password}
          onChange={set("password")}
          error={form.fieldErrors.password}
          required
        />
        <TextField
          name="code"
          label="Code from your app or a recovery code"
          autoComplete="one-time-code"
          value={values.code}
          onChange={set("code")}
          error={form.fieldErrors.code}
          required
        />
        <Button
          variant="danger"
          pending={form.pending}
          pendingLabel="Turning off…"
          className="self-start"
        >
          Turn off two-factor authentication
        </Button>
      </form>
    </section>
  );
}
