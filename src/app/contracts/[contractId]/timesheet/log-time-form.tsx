"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { LogTimeInput } from "~/shared/schemas/timesheet";
import { api } from "~/trpc/react";
import { TimeFields, minutesOf } from "./time-fields";
import { withLoggedEntry } from "./with-logged-entry";

/**
 * The freelancer logs time: a day of a week still open, hours and minutes (quarter hours),
 * and what it was for. The entry shows at once in its week, with the week's new total and
 * amount; if the server refuses it, it goes and the form says why, keeping what was typed.
 */
export function LogTimeForm({
  contractId,
  days,
}: {
  contractId: string;
  days: { from: string; to: string };
}) {
  const utils = api.useUtils();
  const [workDate, setWorkDate] = useState(days.to);
  const [time, setTime] = useState({ hours: "", minutes: "0" });
  const [description, setDescription] = useState("");
  const [saved, setSaved] = useState(false);
  const key = { contractId };
  const log = api.timesheet.logTime.useMutation({
    onMutate: async (input) => {
      setSaved(false);
      await utils.timesheet.get.cancel(key);
      const previous = utils.timesheet.get.getData(key);
      utils.timesheet.get.setData(key, (sheet) => sheet && withLoggedEntry(sheet, input));
      return { previous };
    },
    onError: (_error, _input, context) => utils.timesheet.get.setData(key, context?.previous),
    onSuccess: () => {
      setTime({ hours: "", minutes: "0" });
      setDescription("");
      setSaved(true);
    },
    onSettled: () => utils.timesheet.get.invalidate(key),
  });
  const form = useSchemaForm(LogTimeInput, log);

  return (
    <form
      onSubmit={form.onSubmit(() => ({
        contractId,
        workDate,
        minutes: minutesOf(time),
        description,
      }))}
      noValidate
      aria-labelledby="log-time-heading"
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      <h3 id="log-time-heading" className="font-semibold">
        Log time
      </h3>
      <div aria-live="polite">
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        {saved && !form.message ? <FormAlert tone="success">Time logged.</FormAlert> : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-[11rem_1fr]">
        <TextField
          name="workDate"
          label="Day (UTC)"
          type="date"
          min={days.from}
          max={days.to}
          value={workDate}
          onChange={(e) => setWorkDate(e.target.value)}
          error={form.fieldErrors.workDate}
        />
        <TimeFields id="log" value={time} onChange={setTime} error={form.fieldErrors.minutes} />
      </div>
      <TextField
        name="description"
        label="What you worked on"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={form.fieldErrors.description}
        maxLength={500}
      />
      <Button pending={form.pending} pendingLabel="Logging…" className="self-start">
        Log time
      </Button>
    </form>
  );
}
