"use client";

import { useState } from "react";

import { TextField } from "~/app/_components/form/text-field";
import type { FieldErrors } from "~/app/_components/form/use-form-errors";
import { formatMoney, minorToInput, parseMoneyToMinor } from "~/shared/format/money";
import { AcceptProposalInput } from "~/shared/schemas/proposal";

const DEFAULT_TITLE = "First milestone";

type Bid = { id: string; bidMinor: number; currency: string };

/**
 * A fixed-price hire's first milestone, planned in the hire so the client can fund it at once:
 * titled "First milestone" and worth the whole bid unless the client says otherwise.
 */
export function useFirstMilestone() {
  const [planned, setPlanned] = useState(true);
  const [values, setValues] = useState({ title: DEFAULT_TITLE, amount: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  return {
    planned,
    setPlanned,
    values,
    errors,
    set: (field: "title" | "amount") => (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [field]: event.target.value })),
    /** Fresh fields for the proposal about to be accepted. */
    start(bid: Bid) {
      setPlanned(true);
      setValues({ title: DEFAULT_TITLE, amount: minorToInput(bid.bidMinor, bid.currency) });
      setErrors({});
    },
    /** The hire's input, or null with the refusals shown under their fields. */
    input(bid: Bid) {
      if (!planned) return { id: bid.id };
      const amountMinor = parseMoneyToMinor(values.amount, bid.currency) ?? Number.NaN;
      const checked = AcceptProposalInput.safeParse({
        id: bid.id,
        firstMilestone: { title: values.title, amountMinor },
      });
      const found: FieldErrors = {};
      for (const issue of checked.error?.issues ?? [])
        (found[String(issue.path.at(-1))] ??= []).push(issue.message);
      // The plan may not exceed the contract amount, which is the bid (the server says so too).
      if (checked.success && amountMinor > bid.bidMinor)
        found.amountMinor = [
          `Keep it within the contract amount, ${formatMoney(bid.bidMinor, bid.currency)}.`,
        ];
      setErrors(found);
      return Object.keys(found).length === 0 && checked.success ? checked.data : null;
    },
  };
}

export function FirstMilestoneFields({
  first,
  currency,
}: {
  first: ReturnType<typeof useFirstMilestone>;
  currency: string;
}) {
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium text-slate-800 dark:text-slate-200">
        First milestone
      </legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={first.planned}
          onChange={(event) => first.setPlanned(event.target.checked)}
          className="accent-brand-600 h-4 w-4"
        />
        Plan the first milestone now
      </label>
      {first.planned ? (
        <>
          <div className="grid gap-3 sm:grid-cols-[1fr_9rem]">
            <TextField
              name="first-milestone-title"
              label="Milestone"
              value={first.values.title}
              onChange={first.set("title")}
              error={first.errors.title}
            />
            <TextField
              name="first-milestone-amount"
              label={`Amount (${currency})`}
              inputMode="decimal"
              value={first.values.amount}
              onChange={first.set("amount")}
              error={first.errors.amountMinor}
            />
          </div>
          <p>Next you fund it: the money is held in escrow until you approve the work.</p>
        </>
      ) : null}
    </fieldset>
  );
}
