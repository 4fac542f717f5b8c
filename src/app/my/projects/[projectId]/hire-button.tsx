"use client";

import { useState } from "react";

import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { FormAlert } from "~/app/_components/form/form-alert";
import { formatRate } from "~/shared/format/hours";
import { AcceptProposalInput } from "~/shared/schemas/proposal";
import { DEFAULT_WEEKLY_LIMIT_HOURS } from "~/shared/schemas/timesheet";
import { api } from "~/trpc/react";

/**
 * Hiring from a proposal. On a fixed project it is one click; on an hourly one the client
 * first says how many hours a week the freelancer may log (40 unless they change it).
 */
export function HireButton({
  proposal,
  hourly,
  onHired,
}: {
  proposal: { id: string; freelancerName: string; bidMinor: number; currency: string };
  hourly: boolean;
  onHired: (contractId: string) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [hours, setHours] = useState(String(DEFAULT_WEEKLY_LIMIT_HOURS));
  const accept = api.proposal.accept.useMutation({
    onSuccess: (contract) => {
      setAsking(false);
      onHired(contract.id);
    },
  });
  const form = useSchemaForm(AcceptProposalInput, accept);
  const name = proposal.freelancerName;
  if (!hourly || !asking)
    return (
      <div className="flex flex-col gap-2">
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        <Button
          type="button"
          pending={accept.isPending}
          onClick={hourly ? () => setAsking(true) : form.onSubmit(() => ({ id: proposal.id }))}
          aria-label={`Hire ${name}`}
        >
          Hire
        </Button>
      </div>
    );
  return (
    <form
      onSubmit={form.onSubmit(() => ({
        id: proposal.id,
        weeklyLimitHours: /^\d{1,3}$/.test(hours.trim()) ? Number(hours) : Number.NaN,
      }))}
      noValidate
      aria-label={`Hire ${name} by the hour`}
      className="flex w-full flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <p className="text-sm">
        Hire {name} at {formatRate(proposal.bidMinor, proposal.currency)}. They log their time each
        week and you approve it; they can log up to the weekly limit, which you can change later on
        the contract.
      </p>
      <TextField
        name={`limit-${proposal.id}`}
        label="Weekly limit (hours)"
        inputMode="numeric"
        className="max-w-48"
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        error={form.fieldErrors.weeklyLimitHours}
      />
      <div className="flex flex-wrap gap-2">
        <Button pending={form.pending} pendingLabel="Hiring…">
          Hire at {formatRate(proposal.bidMinor, proposal.currency)}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
