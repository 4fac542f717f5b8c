"use client";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

/** The freelancer sends the week to the client now (early), or again after a dispute. */
export function SubmitWeek({
  weekId,
  contractId,
  title,
  again,
}: {
  weekId: string;
  contractId: string;
  title: string;
  again: boolean;
}) {
  const utils = api.useUtils();
  const submit = api.timesheet.submitWeek.useMutation({
    onSettled: () => utils.timesheet.get.invalidate({ contractId }),
  });
  return (
    <div className="flex flex-col gap-2">
      {submit.error ? <FormAlert tone="error">{submit.error.message}</FormAlert> : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          pending={submit.isPending}
          pendingLabel="Sending…"
          onClick={() => submit.mutate({ id: weekId })}
          aria-label={`${again ? "Resubmit" : "Submit"} ${title}`}
        >
          {again ? "Resubmit the week" : "Submit the week"}
        </Button>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {again
            ? "The client gets a new review period from now."
            : "It goes to the client now: no more time can be added to it."}
        </p>
      </div>
    </div>
  );
}
