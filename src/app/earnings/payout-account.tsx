"use client";

import { useEffect, useRef, useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

function StateChip({ done, label }: { done: boolean; label: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-semibold ${done ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" : "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200"}`}
    >
      <span aria-hidden="true">{done ? "✓" : "○"}</span>
      {label}: {done ? "yes" : "not yet"}
    </span>
  );
}

/**
 * Where payouts go. The sandbox needs nothing; with Stripe, the freelancer sets up an
 * account on Stripe's pages and comes back here, where its state is read again.
 */
export function PayoutAccount({ returnedFromOnboarding }: { returnedFromOnboarding: boolean }) {
  const [earnings] = api.payment.earnings.useSuspenseQuery();
  const utils = api.useUtils();
  const [error, setError] = useState<string | null>(null);
  const start = api.payment.startPayoutOnboarding.useMutation({
    onSuccess: ({ url }) => {
      if (url) window.location.assign(url);
      else void utils.payment.earnings.invalidate();
    },
    onError: (e) => setError(e.message),
  });
  const refresh = api.payment.refreshPayoutAccount.useMutation({
    onSettled: () => utils.payment.earnings.invalidate(),
  });
  const asked = useRef(false);
  const stripe = earnings.provider !== "sandbox";
  useEffect(() => {
    if (!stripe || !returnedFromOnboarding || asked.current) return;
    asked.current = true;
    refresh.mutate();
  }, [stripe, returnedFromOnboarding, refresh]);

  const account = earnings.payoutAccount;
  return (
    <section
      aria-labelledby="payout-heading"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="payout-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        Payout account
      </h2>
      {!stripe ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Sandbox payouts need no bank account: a withdrawal is paid out within seconds.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <StateChip done={Boolean(account?.detailsSubmitted)} label="Details submitted" />
            <StateChip done={Boolean(account?.payoutsEnabled)} label="Payouts enabled" />
          </div>
          {error ? <FormAlert tone="error">{error}</FormAlert> : null}
          {!account?.transfersEnabled ? (
            <div>
              <Button
                type="button"
                pending={start.isPending || refresh.isPending}
                pendingLabel={refresh.isPending ? "Checking…" : "Opening Stripe…"}
                onClick={() => {
                  setError(null);
                  start.mutate();
                }}
              >
                {account ? "Finish setting up payouts" : "Set up payouts"}
              </Button>
            </div>
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Withdrawals go to the bank account you gave Stripe.
            </p>
          )}
        </>
      )}
    </section>
  );
}
