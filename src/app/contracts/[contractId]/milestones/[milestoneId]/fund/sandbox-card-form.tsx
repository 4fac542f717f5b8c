"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { z } from "zod";

import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { SandboxTestCards } from "~/app/_components/sandbox-test-cards";
import { TextField } from "~/app/_components/form/text-field";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { SandboxCardInput } from "~/shared/schemas/money";
import { api } from "~/trpc/react";
import { useIdempotencyKey } from "~/trpc/idempotency-key";

/**
 * `FundMilestoneInput` with the card's fields side by side, so each refusal sits under its own
 * field; sent in the procedure's shape.
 */
const FundWithCard = SandboxCardInput.extend({
  milestoneId: z.string(),
  saveCard: z.boolean(),
}).transform(({ milestoneId, saveCard, ...card }) => ({ milestoneId, saveCard, card }));

type Payment = { id: string; status: string; failureMessage: string | null };

/**
 * The sandbox's card form: a test card decides what happens, as on Stripe's test mode. A
 * declined card says why and keeps what was typed; a card that asks for authentication opens
 * the sandbox's stand-in for the bank's page; a paid one goes back to the contract.
 */
export function SandboxCardForm({
  milestoneId,
  contractUrl,
  due,
}: {
  milestoneId: string;
  contractUrl: string;
  due: string;
}) {
  const router = useRouter();
  const [leaving, startLeaving] = useTransition();
  const { values, set, setValue } = useCardFields();
  const [saveCard, setSaveCard] = useState(true);
  const [authenticating, setAuthenticating] = useState<string | null>(null);

  const outcome = (payment: Payment) => {
    setAuthenticating(payment.status === "requires_action" ? payment.id : null);
    if (payment.status === "succeeded")
      startLeaving(() => router.push(`${contractUrl}?funded=${milestoneId}`));
    else if (payment.status === "failed")
      form.setMessage(payment.failureMessage ?? "The payment did not go through.");
    else if (payment.status === "pending")
      form.setMessage("Your payment is still being confirmed. Look at the contract in a moment.");
  };
  const funding = useIdempotencyKey();
  const fund = api.payment.fundMilestone.useMutation({
    trpc: funding.trpc,
    onSuccess: ({ payment }) => {
      funding.renew();
      outcome(payment);
    },
  });
  const authenticate = api.payment.authenticate.useMutation({ onSuccess: outcome });
  const form = useSchemaForm(FundWithCard, fund);
  const busy =
    form.pending || leaving || (fund.isSuccess && fund.data.payment.status === "succeeded");

  return (
    <section
      aria-labelledby="card-heading"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="card-heading" className="text-lg font-semibold">
        Pay by card (test mode)
      </h2>
      <form
        onSubmit={form.onSubmit(() => ({ milestoneId, saveCard, ...values }))}
        noValidate
        aria-labelledby="card-heading"
        className="flex flex-col gap-4"
      >
        {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
        <TextField
          name="cardNumber"
          label="Card number"
          inputMode="numeric"
          autoComplete="cc-number"
          placeholder="4242 4242 4242 4242"
          value={values.number}
          onChange={set("number")}
          error={form.fieldErrors.number}
        />
        <div className="grid grid-cols-2 gap-4">
          <TextField
            name="cardExpiry"
            label="Expiry (MM/YY)"
            inputMode="numeric"
            autoComplete="cc-exp"
            placeholder="12/34"
            value={values.expiry}
            onChange={set("expiry")}
            error={form.fieldErrors.expiry}
          />
          <TextField
            name="cardCvc"
            label="CVC"
            inputMode="numeric"
            autoComplete="cc-csc"
            placeholder="123"
            value={values.cvc}
            onChange={set("cvc")}
            error={form.fieldErrors.cvc}
          />
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={saveCard}
            onChange={(event) => setSaveCard(event.target.checked)}
            className="accent-brand-600 mt-0.5 h-4 w-4"
          />
          <span>
            Save this card for hourly work
            <span className="block text-slate-600 dark:text-slate-400">
              Approved hours are then charged to it each week.
            </span>
          </span>
        </label>
        <Button pending={busy} pendingLabel="Paying…" className="self-start">
          Pay {due}
        </Button>
      </form>
      <SandboxTestCards onUse={(number) => setValue("number", number)} />
      {authenticating ? (
        <ConfirmDialog
          title="Your bank asks you to confirm this payment (sandbox)"
          confirmLabel="Confirm"
          pendingLabel="Confirming…"
          cancelLabel="Fail"
          pending={authenticate.isPending || leaving}
          error={authenticate.error?.message}
          onConfirm={() => authenticate.mutate({ paymentId: authenticating, approve: true })}
          onCancel={() => authenticate.mutate({ paymentId: authenticating, approve: false })}
        >
          <p>
            This stands in for your bank&apos;s own page (3-D Secure). Confirm to pay {due}, or make
            the authentication fail to see what happens then.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function useCardFields() {
  const fields = useFieldValues({ number: "", expiry: "", cvc: "" });
  return {
    ...fields,
    setValue: (field: "number" | "expiry" | "cvc", value: string) =>
      fields.set(field)({ target: { value } }),
  };
}
