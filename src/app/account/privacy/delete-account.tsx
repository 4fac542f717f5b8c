"use client";

import { useState, type FormEvent } from "react";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { DeleteAccountInput } from "~/shared/schemas/privacy";
import { api } from "~/trpc/react";

/**
 * Deleting the account: refused up front with the reasons while something still needs the
 * person; otherwise a dialog asks for the password (and a code with 2FA). Once it is done
 * every session is gone, so the browser leaves for the home page, signed out.
 */
export function DeleteAccount() {
  const [{ blockers, needsCode }] = api.privacy.deletionCheck.useSuspenseQuery();
  const [open, setOpen] = useState(false);
  const { values, set } = useFieldValues({ password: "", code: "" });
  const remove = api.privacy.deleteAccount.useMutation({
    // A full page load, not a client navigation: nothing cached for the deleted account stays.
    onSuccess: () => window.location.replace(new URL("/", window.location.origin).href),
  });
  const form = useSchemaForm(DeleteAccountInput, remove);

  if (blockers.length > 0)
    return (
      <FormAlert tone="error">
        <span className="flex flex-col gap-1">
          <span className="font-semibold">Your account can’t be deleted yet.</span>
          {blockers.map((blocker) => (
            <span key={blocker.code}>{blocker.message}</span>
          ))}
        </span>
      </FormAlert>
    );

  const submit = form.onSubmit(() => (needsCode ? values : { password: values.password }));
  return (
    <>
      <Button
        type="button"
        variant="danger"
        onClick={() => {
          form.clear();
          setOpen(true);
        }}
      >
        Delete my account
      </Button>
      {open ? (
        <ConfirmDialog
          title="Delete your account?"
          tone="danger"
          confirmLabel="Delete my account"
          pendingLabel="Deleting…"
          pending={form.pending}
          error={form.message}
          onCancel={() => setOpen(false)}
          onConfirm={() => submit({ preventDefault: () => undefined } as FormEvent)}
        >
          <p>
            This erases your personal data now and signs you out everywhere. It can’t be undone.
          </p>
          <TextField
            name="password"
            type="password"
            label="Your password"
            autoComplete="current-password"
            value={values.password}
            onChange={set("password")}
            error={form.fieldErrors.password}
            required
          />
          {needsCode ? (
            <TextField
              name="code"
              label="Code from your app or a recovery code"
              autoComplete="one-time-code"
              value={values.code}
              onChange={set("code")}
              error={form.fieldErrors.code}
              required
            />
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
