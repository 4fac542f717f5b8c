"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

/** Ending a contract cannot be undone, so it asks once more before it happens. */
export function EndContract({
  contractId,
  hourly = false,
}: {
  contractId: string;
  hourly?: boolean;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const utils = api.useUtils();
  const end = api.contract.end.useMutation({
    onError: (e) => setError(e.message),
    onSuccess: async () => {
      // An hourly contract's timesheet lives in the cache: this week goes to review, logging stops.
      if (hourly) await utils.timesheet.get.invalidate({ contractId });
      router.refresh();
    },
  });
  if (!confirming)
    return (
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        onClick={() => setConfirming(true)}
      >
        End contract
      </Button>
    );
  return (
    <div
      role="group"
      aria-label="Confirm ending the contract"
      className="flex flex-col gap-3 rounded-xl border border-red-200 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950"
    >
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <p className="text-sm">
        {hourly
          ? "End this contract now? No more time can be logged; this week's time comes to you for review as it stands, and both of you can then leave a review."
          : "End this contract now? It completes as it stands: milestones not yet approved stay unfinished, and both of you can then leave a review."}
      </p>
      <div className="flex gap-2">
        <Button
          type="button"
          variant="danger"
          pending={end.isPending}
          pendingLabel="Ending…"
          onClick={() => end.mutate({ id: contractId })}
        >
          Yes, end the contract
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          Keep it running
        </Button>
      </div>
    </div>
  );
}
