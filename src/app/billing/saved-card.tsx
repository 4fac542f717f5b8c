"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { SandboxTestCards } from "~/app/_components/sandbox-test-cards";
import { SandboxCardInput } from "~/shared/schemas/money";
import { api } from "~/trpc/react";

/**
 * The card Guild charges for hourly weeks, without the client at hand. In the sandbox it is
 * typed here (a test card: the number decides what happens); with Stripe it is kept when the
 * client pays with "save this card" ticked.
 */
export function SavedCard() {
  const [billing] = api.payment.billing.useSuspenseQuery();
  const utils = api.useUtils();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = api.payment.removeCard.useMutation({
    onSuccess: () => setNotice("Your card was removed."),
    onError: (e) => setError(e.message),
    onSettled: () => utils.payment.billing.invalidate(),
  });
  const card = billing.card;
  const sandbox = billing.provider === "sandbox";
  return (
    <section
      aria-labelledby="card-heading"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="card-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        Saved card
      </h2>
      {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-800 dark:text-slate-200">
          {card ? (
            <>
              <span className="font-semibold">{card.label}</span>, charged for approved hourly
              weeks.
            </>
          ) : (
            "No card saved. Hourly weeks are charged to the card you save here."
          )}
        </p>
        <div className="flex gap-2">
          {sandbox && !editing ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setNotice(null);
                setEditing(true);
              }}
            >
              {card ? "Replace card" : "Add a card"}
            </Button>
          ) : null}
          {card ? (
            <Button
              type="button"
              variant="secondary"
              pending={remove.isPending}
              pendingLabel="Removing…"
              onClick={() => {
                setNotice(null);
                setError(null);
                remove.mutate();
              }}
            >
              Remove card
            </Button>
          ) : null}
        </div>
      </div>
      {!sandbox && !card ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Tick &quot;Save this card&quot; when you fund a milestone to keep it for hourly weeks.
        </p>
      ) : null}
      {sandbox && editing ? (
        <CardForm
          onCancel={() => setEditing(false)}
          onSaved={(label) => {
            setEditing(false);
            setNotice(`${label} is saved.`);
          }}
        />
      ) : null}
    </section>
  );
}

function CardForm({
  onCancel,
  onSaved,
}: {
  onCancel: () => void;
  onSaved: (label: string) => void;
}) {
  const utils = api.useUtils();
  const [card, setCard] = useState({ number: "", expiry: "", cvc: "" });
  const errors = useFormErrors();
  const save = api.payment.saveCard.useMutation({
    onSuccess: ({ label }) => onSaved(label),
    onError: (e) => errors.fromResult(mutationFailure(e)),
    onSettled: () => utils.payment.billing.invalidate(),
  });
  const field = (name: keyof typeof card) => ({
    name,
    value: card[name],
    // One sentence at a time: an empty expiry is not also "expired".
    error: errors.fieldErrors[name]?.slice(0, 1),
    onChange: (event: { target: { value: string } }) => {
      setCard((current) => ({ ...current, [name]: event.target.value }));
      errors.clearField(name);
    },
  });
  return (
    <form
      aria-label="Save a test card"
      noValidate
      className="flex flex-col gap-4 border-t border-slate-200 pt-4 dark:border-slate-800"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = errors.check(SandboxCardInput, card);
        if (checked) save.mutate({ card: checked });
      }}
    >
      {errors.message ? <FormAlert tone="error">{errors.message}</FormAlert> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        <TextField
          label="Card number"
          inputMode="numeric"
          autoComplete="cc-number"
          {...field("number")}
        />
        <TextField
          label="Expiry (MM/YY)"
          autoComplete="cc-exp"
          placeholder="12/34"
          {...field("expiry")}
        />
        <TextField label="CVC" inputMode="numeric" autoComplete="cc-csc" {...field("cvc")} />
      </div>
      <SandboxTestCards
        onUse={(number) => {
          setCard((current) => ({ ...current, number }));
          errors.clearField("number");
        }}
      />
      <div className="flex gap-2">
        <Button pending={save.isPending} pendingLabel="Saving…">
          Save card
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
