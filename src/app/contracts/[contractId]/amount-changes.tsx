"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { LocalTime } from "~/app/_components/local-time";
import { useRefresh } from "~/app/_components/use-refresh";
import { formatMoney, parseMoneyToMinor } from "~/shared/format/money";
import { ProposeAmendmentInput } from "~/shared/schemas/contract";
import type { RouterOutputs } from "~/trpc/react";
import { api } from "~/trpc/react";

type Workspace = RouterOutputs["contract"]["workspace"];

const outcome = {
  accepted: "Agreed",
  declined: "Declined",
  withdrawn: "Withdrawn",
  pending: "Waiting",
};

/**
 * Changing the contract amount: the client asks, the freelancer agrees or declines. Only an
 * agreed change lets milestones add up to more than the amount first agreed.
 */
export function AmountChanges({ workspace }: { workspace: Workspace }) {
  const { contract, amendments, role } = workspace;
  const { refreshing, refresh } = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const after = {
    onMutate: () => setError(null),
    onError: (e: { message: string }) => setError(e.message),
    onSuccess: () => refresh(),
  };
  const respond = api.contract.respondToAmendment.useMutation(after);
  const withdraw = api.contract.withdrawAmendment.useMutation(after);
  const active = contract.status === "active";
  const pending = amendments.find((a) => a.status === "pending");
  const history = amendments.filter((a) => a.status !== "pending");
  const money = (minor: number) => formatMoney(minor, contract.currency);
  if (!active && amendments.length === 0) return null;

  return (
    <section aria-labelledby="amount-heading" className="flex flex-col gap-3">
      <h2 id="amount-heading" className="text-xl font-semibold">
        Contract amount
      </h2>
      <div aria-live="polite">{error ? <FormAlert tone="error">{error}</FormAlert> : null}</div>
      {pending ? (
        <div className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p>
            <strong>
              {role === "freelancer" ? "The client asks" : "You asked"} to change the amount from{" "}
              {money(pending.previousAmountMinor)} to {money(pending.amountMinor)}.
            </strong>{" "}
            Reason: {pending.reason}
          </p>
          {active && role === "freelancer" ? (
            <div className="flex flex-wrap gap-2">
              <Button
                type="button"
                pending={respond.isPending || refreshing}
                onClick={() => respond.mutate({ id: pending.id, accept: true })}
              >
                Agree to {money(pending.amountMinor)}
              </Button>
              <Button
                type="button"
                variant="secondary"
                disabled={respond.isPending || refreshing}
                onClick={() => respond.mutate({ id: pending.id, accept: false })}
              >
                Decline
              </Button>
            </div>
          ) : null}
          {active && role === "client" ? (
            <div className="flex flex-wrap items-center gap-3">
              <span>Waiting for the freelancer to agree.</span>
              <Button
                type="button"
                variant="secondary"
                pending={withdraw.isPending || refreshing}
                onClick={() => withdraw.mutate({ id: pending.id })}
              >
                Withdraw the request
              </Button>
            </div>
          ) : null}
        </div>
      ) : active && role === "client" ? (
        <AskForChange
          contractId={contract.id}
          currency={contract.currency}
          current={contract.amountMinor}
        />
      ) : null}
      {history.length ? (
        <ul
          className="flex flex-col gap-1 text-sm text-slate-600 dark:text-slate-400"
          aria-label="Earlier amount changes"
        >
          {history.map((a) => (
            <li key={a.id}>
              <LocalTime date={a.createdAt} show="date" />: {money(a.previousAmountMinor)} →{" "}
              {money(a.amountMinor)} · {outcome[a.status]} · {a.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AskForChange({
  contractId,
  currency,
  current,
}: {
  contractId: string;
  currency: string;
  current: number;
}) {
  const { refreshing, refresh } = useRefresh();
  const [open, setOpen] = useState(false);
  const { values, set } = useFieldValues({ amount: "", reason: "" });
  const propose = api.contract.proposeAmendment.useMutation({
    onSuccess: () => refresh(() => setOpen(false)),
  });
  const form = useSchemaForm(ProposeAmendmentInput, propose);
  if (!open)
    return (
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        onClick={() => setOpen(true)}
      >
        Change the amount
      </Button>
    );
  return (
    <form
      onSubmit={form.onSubmit(() => ({
        contractId,
        amountMinor: parseMoneyToMinor(values.amount, currency) ?? Number.NaN,
        reason: values.reason,
      }))}
      noValidate
      aria-label="Ask to change the contract amount"
      className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-700"
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Now {formatMoney(current, currency)}. The freelancer must agree before it changes.
      </p>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <TextField
          name="newAmount"
          label={`New amount (${currency})`}
          inputMode="decimal"
          value={values.amount}
          onChange={set("amount")}
          error={form.fieldErrors.amountMinor}
        />
        <TextField
          name="changeReason"
          label="Why it changes"
          value={values.reason}
          onChange={set("reason")}
          error={form.fieldErrors.reason}
        />
      </div>
      <div className="flex gap-2">
        <Button pending={form.pending || refreshing} pendingLabel="Sending…">
          Ask the freelancer
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
