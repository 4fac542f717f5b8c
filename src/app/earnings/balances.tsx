"use client";

import { useState } from "react";

import { EmptyState } from "~/app/_components/empty-state";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { formatMoney, minorToInput, parseMoneyToMinor } from "~/shared/format/money";
import { WithdrawInput } from "~/shared/schemas/money";
import { api, type RouterOutputs } from "~/trpc/react";
import { usePayoutRefresh } from "./use-payout-refresh";
import { useIdempotencyKey } from "~/trpc/idempotency-key";

type Earnings = RouterOutputs["payment"]["earnings"];
type Balance = Earnings["balances"][number];

/** Each currency the person has been paid in: its three balances and a withdrawal. */
export function Balances() {
  const [earnings] = api.payment.earnings.useSuspenseQuery();
  const { watch } = usePayoutRefresh();
  if (earnings.balances.length === 0)
    return (
      <EmptyState title="Nothing earned yet">
        When a client approves your work, the amount less Guild&apos;s fee lands here, ready to
        withdraw.
      </EmptyState>
    );
  return (
    <div className={`grid gap-4 ${earnings.balances.length > 1 ? "lg:grid-cols-2" : ""}`}>
      {earnings.balances.map((balance) => (
        <CurrencyCard
          key={balance.currency}
          balance={balance}
          canWithdraw={earnings.canWithdraw}
          onWithdrawn={watch}
        />
      ))}
    </div>
  );
}

function CurrencyCard({
  balance,
  canWithdraw,
  onWithdrawn,
}: {
  balance: Balance;
  canWithdraw: boolean;
  onWithdrawn: () => void;
}) {
  const { currency } = balance;
  const headingId = `balance-${currency}`;
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-white">
        Balance in {currency}
      </h2>
      <dl className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-3">
        {(
          [
            ["Available", balance.available, "Ready to withdraw"],
            ["Pending", balance.pending, "A withdrawal on its way"],
            ["Paid out", balance.paid_out, "Reached your bank"],
          ] as const
        ).map(([term, minor, hint]) => (
          <div key={term} className="flex min-w-0 flex-col gap-0.5">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="text-xl font-bold wrap-anywhere text-slate-900 tabular-nums dark:text-white">
              {formatMoney(minor, currency)}
            </dd>
            <dd className="text-xs text-slate-600 dark:text-slate-400">{hint}</dd>
          </div>
        ))}
      </dl>
      {canWithdraw ? (
        <WithdrawForm balance={balance} onWithdrawn={onWithdrawn} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Set up payouts below before you withdraw.
        </p>
      )}
    </section>
  );
}

/**
 * Withdraws from the available balance: the amount is all of it until the person types
 * another. The balances move at once, available to pending, and back if the server refuses.
 */
function WithdrawForm({ balance, onWithdrawn }: { balance: Balance; onWithdrawn: () => void }) {
  const { currency, available } = balance;
  const utils = api.useUtils();
  const [typed, setTyped] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const amount = typed ?? (available > 0 ? minorToInput(available, currency) : "");
  const withdrawal = useIdempotencyKey();
  const withdraw = api.payment.withdraw.useMutation({
    trpc: withdrawal.trpc,
    onMutate: async (input) => {
      setDone(null);
      await utils.payment.earnings.cancel();
      const before = utils.payment.earnings.getData();
      const moved = input.amountMinor ?? available;
      // More than there is will be refused: nothing to show meanwhile.
      if (moved > available) return { before };
      utils.payment.earnings.setData(undefined, (data) =>
        data
          ? {
              ...data,
              balances: data.balances.map((b) =>
                b.currency === currency
                  ? { ...b, available: b.available - moved, pending: b.pending + moved }
                  : b,
              ),
            }
          : data,
      );
      return { before };
    },
    onError: (_error, _input, context) =>
      utils.payment.earnings.setData(undefined, context?.before),
    onSuccess: (payout) => {
      withdrawal.renew();
      setTyped(null);
      setDone(`${formatMoney(payout.amountMinor, currency)} is on its way to you.`);
      onWithdrawn();
    },
    onSettled: () => {
      void utils.payment.earnings.invalidate();
      void utils.payment.transactions.invalidate();
    },
  });
  const form = useSchemaForm(WithdrawInput, withdraw);
  return (
    <form
      aria-label={`Withdraw ${currency}`}
      noValidate
      className="flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-800"
      onSubmit={form.onSubmit(() => ({
        currency,
        amountMinor: parseMoneyToMinor(amount, currency) ?? Number.NaN,
      }))}
    >
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      {done ? <FormAlert tone="success">{done}</FormAlert> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <TextField
          id={`withdraw-amount-${currency}`}
          name="amountMinor"
          label={`Amount to withdraw (${currency})`}
          inputMode="decimal"
          autoComplete="off"
          className="min-w-0 flex-1"
          value={amount}
          disabled={available <= 0 && typed === null}
          onChange={(event) => {
            setTyped(event.target.value);
            form.clearField("amountMinor");
          }}
          error={form.fieldErrors.amountMinor}
          hint={
            available > 0
              ? `Up to ${formatMoney(available, currency)}.`
              : "Nothing is available to withdraw right now."
          }
        />
        <Button
          pending={form.pending}
          pendingLabel="Withdrawing…"
          disabled={available <= 0}
          className="sm:mt-[1.625rem]"
        >
          Withdraw
        </Button>
      </div>
    </form>
  );
}
