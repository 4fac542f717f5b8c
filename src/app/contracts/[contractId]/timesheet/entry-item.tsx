"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { formatDuration, formatWorkDay } from "~/shared/format/hours";
import { api } from "~/trpc/react";
import { EditEntryForm } from "./edit-entry-form";
import type { Week } from "./week-card";
import { PENDING_PREFIX } from "./with-logged-entry";

type Entry = Week["entries"][number];

/** One line of a week: the day, how long, what for; the freelancer's edit and delete when allowed. */
export function EntryItem({
  entry,
  week,
  contractId,
}: {
  entry: Entry;
  week: Week;
  contractId: string;
}) {
  const utils = api.useUtils();
  const [editing, setEditing] = useState(false);
  const remove = api.timesheet.deleteEntry.useMutation({
    onSettled: () => utils.timesheet.get.invalidate({ contractId }),
  });
  const day = formatWorkDay(entry.workDate);
  if (editing)
    return (
      <EditEntryForm
        entry={entry}
        week={week}
        contractId={contractId}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <div className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 text-sm">
        <p>
          <span className="font-medium">{day}</span> ·{" "}
          <span className="tabular-nums">{formatDuration(entry.minutes)}</span>
          {entry.id.startsWith(PENDING_PREFIX) ? (
            <span className="text-slate-600 dark:text-slate-400"> · saving…</span>
          ) : null}
          {entry.disputed ? (
            <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900 dark:text-red-100">
              {entry.amended ? "Disputed, amended" : "Disputed"}
            </span>
          ) : null}
        </p>
        <p className="wrap-anywhere text-slate-700 dark:text-slate-300">{entry.description}</p>
        {remove.error ? (
          <div className="mt-2">
            <FormAlert tone="error">{remove.error.message}</FormAlert>
          </div>
        ) : null}
      </div>
      {entry.editable ? (
        <div className="flex shrink-0 gap-2">
          <Button
            type="button"
            variant="secondary"
            className="px-3 py-1"
            onClick={() => setEditing(true)}
            aria-label={`Edit ${day}, ${formatDuration(entry.minutes)}`}
          >
            Edit
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="px-3 py-1"
            pending={remove.isPending}
            pendingLabel="Deleting…"
            onClick={() => remove.mutate({ id: entry.id })}
            aria-label={`Delete ${day}, ${formatDuration(entry.minutes)}`}
          >
            Delete
          </Button>
        </div>
      ) : null}
    </div>
  );
}
