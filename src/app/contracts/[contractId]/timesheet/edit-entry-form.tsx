"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { formatWorkDay } from "~/shared/format/hours";
import { DAY_MS, isoDate } from "~/shared/hourly/calendar";
import { EditTimeEntryInput } from "~/shared/schemas/timesheet";
import { api } from "~/trpc/react";
import { TimeFields, minutesOf, timeValueOf } from "./time-fields";
import type { Week } from "./week-card";

type Entry = Week["entries"][number];

/** The freelancer corrects an entry in place: a day of the same week, the time, the words. */
export function EditEntryForm({
  entry,
  week,
  contractId,
  onDone,
}: {
  entry: Entry;
  week: Week;
  contractId: string;
  onDone: () => void;
}) {
  const utils = api.useUtils();
  const [workDate, setWorkDate] = useState(isoDate(entry.workDate.getTime()));
  const [time, setTime] = useState(timeValueOf(entry.minutes));
  const [description, setDescription] = useState(entry.description);
  const edit = api.timesheet.editEntry.useMutation({
    onSuccess: async () => {
      await utils.timesheet.get.invalidate({ contractId });
      onDone();
    },
  });
  const form = useSchemaForm(EditTimeEntryInput, edit);
  const id = `edit-${entry.id}`;
  return (
    <form
      onSubmit={form.onSubmit(() => ({
        id: entry.id,
        workDate,
        minutes: minutesOf(time),
        description,
      }))}
      noValidate
      aria-label={`Edit the entry of ${formatWorkDay(entry.workDate)}`}
      className="flex flex-col gap-3 bg-slate-50 p-3 dark:bg-slate-950"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <div className="grid gap-3 sm:grid-cols-[11rem_1fr]">
        <TextField
          id={`${id}-date`}
          name="workDate"
          label="Day (UTC)"
          type="date"
          min={isoDate(week.weekStart.getTime())}
          max={isoDate(week.weekStart.getTime() + 6 * DAY_MS)}
          value={workDate}
          onChange={(e) => setWorkDate(e.target.value)}
          error={form.fieldErrors.workDate}
        />
        <TimeFields id={id} value={time} onChange={setTime} error={form.fieldErrors.minutes} />
      </div>
      <TextField
        id={`${id}-description`}
        name="description"
        label="What you worked on"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={form.fieldErrors.description}
        maxLength={500}
      />
      <div className="flex gap-2">
        <Button pending={form.pending} pendingLabel="Saving…">
          Save
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
