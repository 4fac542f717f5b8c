"use client";

import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { useFieldValues } from "~/app/_components/form/use-field-values";
import { ConfirmTwoFactorInput, DisableTwoFactorInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function TwoFactorPanel() {
  const utils = api.useUtils();
  const [status] = api.account.twoFactorStatus.useSuspenseQuery();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  const refresh = () =>
    Promise.all([
      utils.account.twoFactorStatus.invalidate(),
      utils.account.securityEvents.invalidate(),
      utils.account.sessions.invalidate(),
    ]);

  if (recoveryCodes) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">Two-factor authentication is on.</FormAlert>
        <p className="text-sm">
          Save these recovery codes somewhere safe. Each one works once, if you lose your phone.
          This is the only time we show them.
        </p>
        <ul
          aria-label="Recovery codes"
          className="grid grid-cols-2 gap-2 rounded-lg bg-slate-100 p-4 font-mono text-sm dark:bg-slate-800"
        >
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button type="button" className="self-start" onClick={() => setRecoveryCodes(null)}>
          I&apos;ve saved my recovery codes
        </Button>
      </div>
    );
  }

  if (status.enabled)
    return <DisableTwoFactor recoveryCodesLeft={status.recoveryCodesLeft} onDone={refresh} />;
  return (
    <EnableTwoFactor
      onEnabled={async (codes) => {
        setRecoveryCodes(codes);
        await refresh();
      }}
    />
  );
}

function EnableTwoFactor({ onEnabled }: { onEnabled: (codes: string[]) => Promise<void> }) {
  const [code, setCode] = useState("");
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const begin = api.account.beginTwoFactorSetup.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
  });
  const confirm = api.account.confirmTwoFactor.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: (data) => onEnabled(data.recoveryCodes),
  });

  if (!begin.data) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm">
          Status: <strong>off</strong>
        </p>
        {message ? <FormAlert tone="error">{message}</FormAlert> : null}
        <Button
          type="button"
          className="self-start"
          pending={begin.isPending}
          pendingLabel="Preparing…"
          onClick={() => begin.mutate()}
        >
          Turn on two-factor authentication
        </Button>
      </div>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(ConfirmTwoFactorInput, { code });
    if (input) confirm.mutate(input);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <ol className="flex list-decimal flex-col gap-2 pl-5 text-sm">
        <li>
          Scan this QR code with an authenticator app (1Password, Google Authenticator, Aegis…).
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URL, nothing to optimise */}
      <img
        src={`data:image/svg+xml;utf8,${encodeURIComponent(begin.data.qrSvg)}`}
        alt="QR code to add Guild to your authenticator app"
        width={176}
        height={176}
        className="rounded-lg bg-white p-2"
      />
      <p className="text-sm">
        Can&apos;t scan it? Enter this key instead:{" "}
        <code
          data-testid="totp-secret"
          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono break-all dark:bg-slate-800"
        >
          {begin.data.secret}
        </code>
      </p>
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <TextField
        name="code"
        label="Code from your app"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fieldErrors.code}
        required
      />
      <Button pending={confirm.isPending} pendingLabel="Checking…" className="self-start">
        Confirm and turn on
      </Button>
    </form>
  );
}

function DisableTwoFactor({
  recoveryCodesLeft,
  onDone,
}: {
  recoveryCodesLeft: number;
  onDone: () => Promise<unknown>;
}) {
  const { values, set } = useFieldValues({ password: "", code: "" });
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const disable = api.account.disableTwoFactor.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: onDone,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(DisableTwoFactorInput, values);
    if (input) disable.mutate(input);
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        Status: <strong>on</strong> · {recoveryCodesLeft} recovery code
        {recoveryCodesLeft === 1 ? "" : "s"} left
      </p>
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-col gap-4"
        aria-label="Turn off two-factor authentication"
      >
        {message ? <FormAlert tone="error">{message}</FormAlert> : null}
        <TextField
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          value={values.password}
          onChange={set("password")}
          error={fieldErrors.password}
          required
        />
        <TextField
          name="code"
          label="Code from your app or a recovery code"
          autoComplete="one-time-code"
          value={values.code}
          onChange={set("code")}
          error={fieldErrors.code}
          required
        />
        <Button
          variant="danger"
          pending={disable.isPending}
          pendingLabel="Turning off…"
          className="self-start"
        >
          Turn off two-factor authentication
        </Button>
      </form>
    </div>
  );
}
