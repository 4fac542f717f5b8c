"use client";

import { useState, useSyncExternalStore } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { SelectField } from "~/app/_components/form/select-field";
import { Button } from "~/app/_components/form/submit-button";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { SetTimeZoneInput } from "~/shared/schemas/notification";
import { api } from "~/trpc/react";

const noChanges = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

/**
 * The zone the digest keeps time in, from the account; the browser's own zone is one button
 * away (the server cannot know it, so the button appears once the page runs in the browser).
 */
export function DigestTimeZone({ zones }: { zones: string[] }) {
  const utils = api.useUtils();
  const [{ timeZone: saved }] = api.notification.preferences.useSuspenseQuery();
  const here = useSyncExternalStore(noChanges, browserZone, serverZone);
  const [zone, setZone] = useState(saved);
  const save = api.account.setTimeZone.useMutation({
    onSuccess: ({ timeZone }) => {
      setZone(timeZone);
      utils.notification.preferences.setData(undefined, (data) =>
        data ? { ...data, timeZone } : data,
      );
    },
  });
  const form = useSchemaForm(SetTimeZoneInput, save);
  // The saved zone and the browser's are always offered, even if this server's list lacks them.
  const offered = [...new Set([saved, zone, ...(here ? [here] : []), ...zones])].sort();

  return (
    <form
      onSubmit={form.onSubmit(() => ({ timeZone: zone }))}
      noValidate
      className="flex flex-col gap-4"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {save.isSuccess ? (
        <FormAlert tone="success">Saved: your digest comes at 8:00, {saved}.</FormAlert>
      ) : null}
      <SelectField
        label="Time zone"
        name="timeZone"
        value={zone}
        onChange={(event) => {
          save.reset();
          setZone(event.target.value);
        }}
        options={offered.map((name) => ({ value: name, label: name.replace(/_/g, " ") }))}
        aria-describedby={form.fieldErrors.timeZone ? "time-zone-error" : undefined}
        aria-invalid={form.fieldErrors.timeZone ? true : undefined}
      />
      {form.fieldErrors.timeZone ? (
        <p id="time-zone-error" className="text-sm font-medium text-red-700 dark:text-red-400">
          {form.fieldErrors.timeZone[0]}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel="Saving…">
          Save time zone
        </Button>
        {here && here !== zone ? (
          <Button
            type="button"
            variant="secondary"
            disabled={form.pending}
            onClick={() => {
              form.clear();
              setZone(here);
              save.mutate(
                { timeZone: here },
                { onError: (error) => form.setMessage(error.message) },
              );
            }}
          >
            Use this browser&apos;s time zone
          </Button>
        ) : null}
      </div>
      {here && here !== saved ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          This browser is in {here.replace(/_/g, " ")}.
        </p>
      ) : null}
    </form>
  );
}
