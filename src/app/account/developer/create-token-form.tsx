"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import {
  apiAreaLabels,
  apiAreas,
  apiTokenLifetimes,
  type ApiArea,
  type ApiScope,
} from "~/shared/api-scopes";
import { CreateApiTokenInput } from "~/shared/schemas/api-token";
import { api } from "~/trpc/react";

type Access = "none" | "read" | "write";
const accessLabels: Record<Access, string> = { none: "No access", read: "Read", write: "Write" };
const lifetimeLabels: Record<(typeof apiTokenLifetimes)[number], string> = {
  7: "7 days",
  30: "30 days",
  90: "90 days",
  365: "1 year (the longest)",
};

/** Name, access per area (none, read, or write, which includes read) and an expiry. */
export function CreateTokenForm() {
  const utils = api.useUtils();
  const [name, setName] = useState("");
  const [access, setAccess] = useState<Record<ApiArea, Access>>(
    () => Object.fromEntries(apiAreas.map((area) => [area, "none"])) as Record<ApiArea, Access>,
  );
  const [days, setDays] = useState<number>(30);
  const create = api.apiToken.create.useMutation({
    onSuccess: async () => {
      setName("");
      await Promise.all([
        utils.apiToken.list.invalidate(),
        utils.account.securityEvents.invalidate(),
      ]);
    },
  });
  const form = useSchemaForm(CreateApiTokenInput, create);
  const scopes = apiAreas.flatMap((area) =>
    access[area] === "none" ? [] : [`${area}:${access[area]}` as ApiScope],
  );

  return (
    <div className="flex flex-col gap-4">
      {create.data ? <NewToken token={create.data.token} name={create.data.name} /> : null}
      <form
        onSubmit={form.onSubmit(() => ({ name, scopes, expiresInDays: days }))}
        noValidate
        className="flex flex-col gap-4"
        aria-label="Create a token"
      >
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        <TextField
          name="name"
          label="Name"
          hint="What will use it, e.g. “Invoice export script”."
          value={name}
          maxLength={60}
          onChange={(event) => {
            form.clearField("name");
            setName(event.target.value);
          }}
          error={form.fieldErrors.name}
          required
        />
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={form.fieldErrors.scopes ? "scopes-error" : undefined}
        >
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
            What it may do
          </legend>
          <div className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {apiAreas.map((area) => (
              <div
                key={area}
                role="radiogroup"
                aria-label={apiAreaLabels[area]}
                className="flex flex-col gap-2 px-3 py-2 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="text-sm font-medium">{apiAreaLabels[area]}</span>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {(Object.keys(accessLabels) as Access[]).map((level) => (
                    <label key={level} className="flex items-center gap-1.5 text-sm">
                      <input
                        type="radio"
                        name={`access-${area}`}
                        value={level}
                        checked={access[area] === level}
                        onChange={() => {
                          form.clearField("scopes");
                          setAccess((current) => ({ ...current, [area]: level }));
                        }}
                      />
                      {accessLabels[level]}
                    </label>
                  ))}
                </div>
              </div>
            ))}
          </div>
          {form.fieldErrors.scopes ? (
            <p id="scopes-error" className="text-sm text-red-700 dark:text-red-400">
              {form.fieldErrors.scopes.join(" ")}
            </p>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">Write includes read.</p>
          )}
        </fieldset>
        <SelectField
          name="expiresInDays"
          label="Expires after"
          value={String(days)}
          onChange={(event) => setDays(Number(event.target.value))}
          options={apiTokenLifetimes.map((value) => ({
            value: String(value),
            label: lifetimeLabels[value],
          }))}
        />
        <Button pending={form.pending} pendingLabel="Creating…" className="self-start">
          Create token
        </Button>
      </form>
    </div>
  );
}

/** The token, once: it is not stored and cannot be shown again. */
function NewToken({ token, name }: { token: string; name: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
    >
      <p className="text-sm font-semibold text-emerald-900 dark:text-emerald-100">
        “{name}” is ready. Copy it now: Guild keeps only a fingerprint and cannot show it again.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="new-token" className="sr-only">
          Your new token
        </label>
        <input
          id="new-token"
          readOnly
          value={token}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-white"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(token)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
