"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { RegenerateRecoveryCodesInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

const methods = [
  { value: "password", label: "My password" },
  { value: "totp", label: "A code from my authenticator app" },
] as const;

/** New recovery codes in place of the old ones, after proving it is the owner asking. */
export function RegenerateRecoveryCodes({
  onRegenerated,
}: {
  onRegenerated: (codes: string[]) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<"password" | "totp">("password");
  const [proof, setProof] = useState("");
  const regenerate = api.account.regenerateRecoveryCodes.useMutation({
    onSuccess: (data) => onRegenerated(data.recoveryCodes),
  });
  const form = useSchemaForm(RegenerateRecoveryCodesInput, regenerate);

  return (
    <section aria-labelledby="recovery-codes-heading" className="flex flex-col gap-3">
      <h3 id="recovery-codes-heading" className="font-semibold">
        Recovery codes
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Lost your codes, or used most of them? New ones replace them all: every old code stops
        working at once.
      </p>
      {open ? (
        <form
          onSubmit={form.onSubmit(() =>
            method === "password" ? { method, password: proof } : { method, code: proof },
          )}
          noValidate
          aria-label="Regenerate recovery codes"
          className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
        >
          {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
              Confirm it&apos;s you with
            </legend>
            {methods.map((option) => (
              <label key={option.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="regenerate-method"
                  value={option.value}
                  checked={method === option.value}
                  onChange={() => {
                    setMethod(option.value);
                    setProof("");
                    form.clear();
                  }}
                  className="accent-brand-600"
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          {method === "password" ? (
            <TextField
              id="regenerate-password"
              name="password"
              type="password"
              label="Your password"
              autoComplete="current-password"
              value={proof}
              onChange={(e) => setProof(e.target.value)}
              error={form.fieldErrors.password}
              required
            />
          ) : (
            <TextField
              id="regenerate-code"
              name="code"
              label="Code from your app"
              autoComplete="one-time-code"
              inputMode="numeric"
              value={proof}
              onChange={(e) => setProof(e.target.value)}
              error={form.fieldErrors.code}
              required
            />
          )}
          <div className="flex flex-wrap gap-2">
            <Button pending={form.pending} pendingLabel="Making new codes…">
              Make new codes
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setOpen(false);
                setProof("");
                form.clear();
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setOpen(true)}
        >
          Regenerate recovery codes
        </Button>
      )}
    </section>
  );
}
