"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { formatWeeklyLimit } from "~/shared/format/hours";
import { SetWeeklyLimitInput } from "~/shared/schemas/timesheet";
import { api } from "~/trpc/react";

/**
 * The client changes the weekly limit; weeks still open for logging follow it. The contract's
 * terms and the open weeks read it from the timesheet in the cache, refreshed after the change.
 */
export function WeeklyLimitForm({ contractId }: { contractId: string }) {
  const utils = api.useUtils();
  const [sheet] = api.timesheet.get.useSuspenseQuery({ contractId });
  const [open, setOpen] = useState(false);
  const [hours, setHours] = useState("");
  const [saved, setSaved] = useState(false);
  const set = api.timesheet.setWeeklyLimit.useMutation({
    onSuccess: async () => {
      await utils.timesheet.get.invalidate({ contractId });
      setOpen(false);
      setSaved(true);
    },
  });
  const form = useSchemaForm(SetWeeklyLimitInput, set);
  if (!open)
    return (
      <div className="flex flex-col gap-2" aria-live="polite">
        {saved ? (
          <FormAlert tone="success">
            The weekly limit is now {formatWeeklyLimit(sheet.weeklyLimitMinutes)}.
          </FormAlert>
        ) : null}
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => {
            setHours(String(sheet.weeklyLimitMinutes / 60));
            setSaved(false);
            setOpen(true);
          }}
        >
          Change the weekly limit
        </Button>
      </div>
    );
  return (
    <form
      onSubmit={form.onSubmit(() => ({
        contractId,
        weeklyLimitHours: /^\d{1,3}$/.test(hours.trim()) ? Number(hours) : Number.NaN,
      }))}
      noValidate
      aria-label="Change the weekly limit"
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextField
        name="weeklyLimitHours"
        label="Hours a week, at most"
        inputMode="numeric"
        className="max-w-48"
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        error={form.fieldErrors.weeklyLimitHours}
        hint="Applies to this week (and last week while it is still open) and every week after."
      />
      <div className="flex gap-2">
        <Button pending={form.pending} pendingLabel="Saving…">
          Save the limit
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
