"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { ConfirmTwoFactorInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";
import { RecoveryCodesDisplay } from "./recovery-codes-display";
import { RegenerateRecoveryCodes } from "./regenerate-recovery-codes";
import { DisableTwoFactor } from "./disable-two-factor";

export function TwoFactorPanel({ email }: { email: string }) {
  const utils = api.useUtils();
  const [status] = api.account.twoFactorStatus.useSuspenseQuery();
  const [shown, setShown] = useState<{ codes: string[]; headline: string } | null>(null);

  const refresh = () =>
    Promise.all([
      utils.account.twoFactorStatus.invalidate(),
      utils.account.securityEvents.invalidate(),
      utils.account.sessions.invalidate(),
    ]);
  const show = async (codes: string[], headline: string) => {
    setShown({ codes, headline });
    await refresh();
  };

  if (shown) return <RecoveryCodesDisplay {...shown} email={email} onDone={() => setShown(null)} />;
  if (!status.enabled)
    return (
      <EnableTwoFactor onEnabled={(codes) => show(codes, "Two-factor authentication is on.")} />
    );
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        Status: <strong>on</strong> · {status.recoveryCodesLeft} recovery code
        {status.recoveryCodesLeft === 1 ? "" : "s"} left
      </p>
      <RegenerateRecoveryCodes
        onRegenerated={(codes) =>
          show(codes, "New recovery codes made. Your old codes no longer work.")
        }
      />
      <DisableTwoFactor onDone={refresh} />
    </div>
  );
}

function EnableTwoFactor({ onEnabled }: { onEnabled: (codes: string[]) => Promise<void> }) {
  const [code, setCode] = useState("");
  const begin = api.account.beginTwoFactorSetup.useMutation();
  const confirm = api.account.confirmTwoFactor.useMutation({
    onSuccess: (data) => onEnabled(data.recoveryCodes),
  });
  const form = useSchemaForm(ConfirmTwoFactorInput, confirm);

  if (!begin.data) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm">
          Status: <strong>off</strong>
        </p>
        {begin.error ? <FormAlert tone="error">{begin.error.message}</FormAlert> : null}
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

  return (
    <form onSubmit={form.onSubmit(() => ({ code }))} noValidate className="flex flex-col gap-4">
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
      {form.message ? <FormAlert tone="error">{form.message}</FormAlert> : null}
      <TextField
        name="code"
        label="Code from your app"
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={form.fieldErrors.code}
        required
      />
      <Button pending={form.pending} pendingLabel="Checking…" className="self-start">
        Confirm and turn on
      </Button>
    </form>
  );
}
