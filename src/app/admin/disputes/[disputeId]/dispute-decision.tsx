"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextAreaField } from "~/app/_components/form/text-area-field";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { formatMoney, parseMoneyToMinor } from "~/shared/format/money";
import { ResolveDisputeInput } from "~/shared/schemas/dispute";
import { disputeOutcomes, type DisputeOutcome } from "~/shared/trust";
import { api } from "~/trpc/react";

/** After a step: the dispute and the lists it appears in read again. */
function useDone(id: string) {
  const utils = api.useUtils();
  return () =>
    Promise.all([
      utils.dispute.byId.invalidate({ id }),
      utils.dispute.queue.invalidate(),
      utils.dispute.needingAttention.invalidate(),
    ]);
}

/**
 * What an admin does with a dispute: take it up (the parties are told someone is on it), then
 * settle it. Nothing shows once it is resolved or withdrawn.
 */
export function DisputeDecision({ id }: { id: string }) {
  const [dispute] = api.dispute.byId.useSuspenseQuery({ id });
  const done = useDone(id);
  const takeUp = api.dispute.takeUp.useMutation({ onSuccess: done });
  const { viewer } = dispute;
  if (!viewer.canTakeUp && !viewer.canResolve) return null;
  return (
    <section aria-labelledby="settle-heading" className="flex flex-col gap-4">
      <h2 id="settle-heading" className="text-xl font-semibold">
        Settle the dispute
      </h2>
      {viewer.canTakeUp ? (
        <div className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <p className="text-sm">
            Taking it up tells both parties an admin is reviewing it. You can settle it either way.
          </p>
          {takeUp.error ? <FormAlert tone="error">{takeUp.error.message}</FormAlert> : null}
          <div>
            <Button
              type="button"
              variant="secondary"
              pending={takeUp.isPending}
              pendingLabel="Taking it up…"
              onClick={() => takeUp.mutate({ id })}
            >
              Take it up
            </Button>
          </div>
        </div>
      ) : null}
      {viewer.canResolve ? (
        <ResolveForm
          id={id}
          frozenMinor={dispute.frozenMinor}
          currency={dispute.currency}
          freelancer={dispute.freelancer.name}
          client={dispute.client.name}
        />
      ) : null}
    </section>
  );
}

const outcomeWords: Record<DisputeOutcome, string> = {
  release: "Release all of it to the freelancer",
  refund: "Refund all of it to the client",
  split: "Split it",
};

/**
 * Release, refund or split, with the decision both parties receive. A split takes the
 * freelancer's share in money typed as a person writes it ("600" or "600.50"), read digit by
 * digit into minor units; the client gets the rest, so the two add up to the frozen amount.
 */
function ResolveForm({
  id,
  frozenMinor,
  currency,
  freelancer,
  client,
}: {
  id: string;
  frozenMinor: number;
  currency: string;
  freelancer: string;
  client: string;
}) {
  const done = useDone(id);
  const [outcome, setOutcome] = useState<DisputeOutcome | null>(null);
  const [share, setShare] = useState("");
  const [decision, setDecision] = useState("");
  const resolve = api.dispute.resolve.useMutation({ onSuccess: done });
  const form = useSchemaForm(ResolveDisputeInput, resolve);
  const shareMinor = share.trim() ? parseMoneyToMinor(share, currency) : null;
  const released =
    outcome === "release" ? frozenMinor : outcome === "refund" ? 0 : (shareMinor ?? null);
  const unreadable = outcome === "split" && share.trim() !== "" && shareMinor === null;
  const outcomeError = form.fieldErrors.outcome;
  const shareError = unreadable
    ? ["Type an amount such as 600 or 600.50."]
    : form.fieldErrors.releasedMinor;
  return (
    <form
      noValidate
      aria-label="Settle the dispute"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
      onSubmit={form.onSubmit(() => ({
        id,
        outcome: outcome ?? undefined,
        releasedMinor: outcome === "split" ? (shareMinor ?? undefined) : undefined,
        decision,
      }))}
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <fieldset
        className="flex flex-col gap-2"
        aria-invalid={outcomeError?.length ? true : undefined}
        aria-describedby={outcomeError?.length ? `outcome-${id}-error` : undefined}
      >
        <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">
          What happens to the {formatMoney(frozenMinor, currency)}
        </legend>
        {disputeOutcomes.map((value) => (
          <label
            key={value}
            className="has-checked:border-brand-600 has-checked:bg-brand-50 dark:has-checked:border-brand-400 dark:has-checked:bg-brand-950 flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 px-3 py-2 text-sm dark:border-slate-700"
          >
            <input
              type="radio"
              name={`outcome-${id}`}
              value={value}
              checked={outcome === value}
              onChange={() => {
                setOutcome(value);
                form.clearField("outcome");
              }}
              className="accent-brand-600 h-4 w-4"
            />
            {outcomeWords[value]}
          </label>
        ))}
        {outcomeError?.length ? (
          <p
            id={`outcome-${id}-error`}
            className="text-sm font-medium text-red-700 dark:text-red-400"
          >
            {outcomeError.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {outcome === "split" ? (
        <TextField
          name={`share-${id}`}
          label={`${freelancer} receives (${currency})`}
          inputMode="decimal"
          autoComplete="off"
          value={share}
          onChange={(event) => {
            setShare(event.target.value);
            form.clearField("releasedMinor");
          }}
          hint={`Before Guild's fee. ${client} gets back the rest of the ${formatMoney(frozenMinor, currency)}.`}
          error={shareError}
        />
      ) : null}
      <TextAreaField
        name={`decision-${id}`}
        label="Your decision, as both parties will read it"
        rows={5}
        value={decision}
        onChange={(event) => {
          setDecision(event.target.value);
          form.clearField("decision");
        }}
        error={form.fieldErrors.decision}
      />
      {released !== null && released >= 0 && released <= frozenMinor ? (
        <p className="text-sm" aria-live="polite">
          Settling sends <strong>{formatMoney(released, currency)}</strong> to {freelancer} (less
          Guild&apos;s fee) and <strong>{formatMoney(frozenMinor - released, currency)}</strong>{" "}
          back to {client}. It cannot be undone.
        </p>
      ) : null}
      <div>
        <Button pending={form.pending} pendingLabel="Settling…">
          Settle the dispute
        </Button>
      </div>
    </form>
  );
}
