"use client";

import type { Stripe, StripeElements } from "@stripe/stripe-js";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";
import { useIdempotencyKey } from "~/trpc/idempotency-key";

type Payment = { id: string; status: string; failureMessage: string | null };

/**
 * Funding through Stripe: our server opens the payment (a PaymentIntent) and hands back its
 * client secret; Stripe's Payment Element takes the card in its own frame (the number never
 * reaches us) and confirms it, asking the bank when it must; then our server reads the answer.
 */
export function StripePayment({
  milestoneId,
  contractUrl,
  publishableKey,
  due,
}: {
  milestoneId: string;
  contractUrl: string;
  publishableKey: string;
  due: string;
}) {
  const router = useRouter();
  const [leaving, startLeaving] = useTransition();
  const element = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState<{
    stripe: Stripe;
    elements: StripeElements;
    paymentId: string;
  } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const paidUrl = `${contractUrl}?funded=${milestoneId}`;

  const outcome = (payment: Payment) => {
    if (payment.status === "succeeded") startLeaving(() => router.push(paidUrl));
    else if (payment.status === "failed")
      setMessage(payment.failureMessage ?? "The payment did not go through.");
    else setMessage("Your payment is still being confirmed. Look at the contract in a moment.");
  };
  const refresh = api.payment.refresh.useMutation({
    onSuccess: outcome,
    onError: (error) => setMessage(error.message),
  });
  const funding = useIdempotencyKey();
  const open = api.payment.fundMilestone.useMutation({
    trpc: funding.trpc,
    onMutate: () => setMessage(null),
    onSuccess: async ({ payment }) => {
      funding.renew();
      if (payment.status !== "requires_action" || !payment.clientSecret) return outcome(payment);
      const { loadStripe } = await import("@stripe/stripe-js");
      const stripe = await loadStripe(publishableKey).catch(() => null);
      if (!stripe || !element.current)
        return setMessage("Stripe could not be reached. Check your connection and try again.");
      const elements = stripe.elements({ clientSecret: payment.clientSecret });
      elements.create("payment").mount(element.current);
      setReady({ stripe, elements, paymentId: payment.id });
    },
    onError: (error) => setMessage(error.message),
  });

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setMessage(null);
    setConfirming(true);
    const { error } = await ready.stripe.confirmPayment({
      elements: ready.elements,
      redirect: "if_required",
      // Only for payment methods that must leave the page; cards are answered here.
      confirmParams: { return_url: new URL(paidUrl, window.location.origin).href },
    });
    setConfirming(false);
    if (error) return setMessage(error.message ?? "The payment did not go through.");
    refresh.mutate({ paymentId: ready.paymentId });
  };

  const busy = confirming || refresh.isPending || leaving;
  return (
    <section
      aria-labelledby="card-heading"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="card-heading" className="text-lg font-semibold">
        Pay by card
      </h2>
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <form onSubmit={pay} aria-labelledby="card-heading" className="flex flex-col gap-4">
        <div ref={element} />
        {ready ? (
          <Button pending={busy} pendingLabel="Paying…" className="self-start">
            Pay {due}
          </Button>
        ) : (
          <Button
            type="button"
            pending={open.isPending}
            pendingLabel="Opening the card form…"
            className="self-start"
            onClick={() => open.mutate({ milestoneId, saveCard: true })}
          >
            Enter card details
          </Button>
        )}
      </form>
    </section>
  );
}
