"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { formatDuration, formatWorkDay } from "~/shared/format/hours";
import { DisputeWeekInput } from "~/shared/schemas/timesheet";
import { api } from "~/trpc/react";
import type { Week } from "./week-card";
import { useIdempotencyKey } from "~/trpc/idempotency-key";

/** The client's answer to a week waiting for review: approve it, or dispute entries saying why. */
export function ReviewWeek({
  week,
  title,
  contractId,
}: {
  week: Week;
  title: string;
  contractId: string;
}) {
  const utils = api.useUtils();
  const [disputing, setDisputing] = useState(false);
  const refresh = () => utils.timesheet.get.invalidate({ contractId });
  const approval = useIdempotencyKey();
  const approve = api.timesheet.approveWeek.useMutation({
    trpc: approval.trpc,
    onSuccess: approval.renew,
    onSettled: refresh,
  });
  if (disputing)
    return (
      <DisputeForm week={week} title={title} onDone={() => setDisputing(false)} refresh={refresh} />
    );
  return (
    <div className="flex flex-col gap-2">
      {approve.error ? <FormAlert tone="error">{approve.error.message}</FormAlert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          pending={approve.isPending}
          pendingLabel="Approving…"
          onClick={() => approve.mutate({ id: week.id! })}
          aria-label={`Approve ${title}`}
        >
          Approve the week
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => setDisputing(true)}
          aria-label={`Dispute entries of ${title}`}
        >
          Dispute entries
        </Button>
      </div>
    </div>
  );
}

function DisputeForm({
  week,
  title,
  onDone,
  refresh,
}: {
  week: Week;
  title: string;
  onDone: () => void;
  refresh: () => Promise<void>;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const dispute = api.timesheet.disputeWeek.useMutation({
    onSuccess: async () => {
      await refresh();
      onDone();
    },
  });
  const form = useSchemaForm(DisputeWeekInput, dispute);
  const errorId = `dispute-${week.id}-entries-error`;
  return (
    <form
      onSubmit={form.onSubmit(() => ({ id: week.id, entryIds: chosen, reason }))}
      noValidate
      aria-label={`Dispute entries of ${title}`}
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <fieldset
        className="flex flex-col gap-2"
        aria-describedby={form.fieldErrors.entryIds ? errorId : undefined}
      >
        <legend className="text-sm font-medium">Entries you dispute</legend>
        {week.entries.map((entry) => (
          <label key={entry.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="accent-brand-600 mt-1"
              checked={chosen.includes(entry.id)}
              onChange={(e) =>
                setChosen((ids) =>
                  e.target.checked ? [...ids, entry.id] : ids.filter((id) => id !== entry.id),
                )
              }
            />
            <span className="wrap-anywhere">
              {formatWorkDay(entry.workDate)} · {formatDuration(entry.minutes)} ·{" "}
              {entry.description}
            </span>
          </label>
        ))}
        {form.fieldErrors.entryIds ? (
          <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-400">
            {form.fieldErrors.entryIds.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        name={`reason-${week.id}`}
        label="What is wrong"
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.fieldErrors.reason}
      />
      <div className="flex gap-2">
        <Button pending={form.pending} pendingLabel="Sending…">
          Send the dispute
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
