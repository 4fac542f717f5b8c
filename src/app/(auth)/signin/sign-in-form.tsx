"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";

import { Button } from "~/app/_components/form/submit-button";
import { FormAlert } from "~/app/_components/form/form-alert";
import { TextField } from "~/app/_components/form/text-field";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { SecondFactorInput, SignInInput } from "~/shared/schemas/identity";
import { secondFactorAction, signInAction } from "../actions";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { fieldErrors, message, check, fromResult, clear } = useFormErrors();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [challenge, setChallenge] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge]);

  function finish(redirectTo: string) {
    router.replace(redirectTo);
    router.refresh();
  }

  function submitCredentials(event: FormEvent) {
    event.preventDefault();
    const input = check(SignInInput, { email, password });
    if (!input) return;
    startTransition(async () => {
      const result = await signInAction(input, next);
      if (!result.ok) return fromResult(result);
      if (result.data.step === "second_factor") {
        clear();
        setChallenge(result.data.challenge);
      } else finish(result.data.redirectTo);
    });
  }

  function submitCode(event: FormEvent) {
    event.preventDefault();
    const input = check(SecondFactorInput, { challenge, code });
    if (!input) return;
    startTransition(async () => {
      const result = await secondFactorAction(input, next);
      if (!result.ok) {
        fromResult(result);
        // An expired step cannot be retried with a code: go back to the password.
        if (/expired/i.test(result.message)) setChallenge(null);
        return;
      }
      if (result.data.step === "done") finish(result.data.redirectTo);
    });
  }

  if (challenge) {
    return (
      <form
        onSubmit={submitCode}
        noValidate
        className="flex flex-col gap-4"
        aria-labelledby="second-factor-title"
      >
        <h2 id="second-factor-title" className="text-lg font-semibold">
          Two-factor authentication
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Enter the 6-digit code from your authenticator app. Lost your phone? Use one of your
          recovery codes.
        </p>
        {message ? <FormAlert tone="error">{message}</FormAlert> : null}
        <TextField
          ref={codeRef}
          name="code"
          label="Authentication code"
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldErrors.code}
          required
        />
        <Button pending={pending} pendingLabel="Checking…">
          Verify and sign in
        </Button>
        <button
          type="button"
          className="text-brand-700 dark:text-brand-300 self-start text-sm underline"
          onClick={() => {
            setChallenge(null);
            setCode("");
            clear();
          }}
        >
          Use a different account
        </button>
      </form>
    );
  }

  return (
    // POST, so a press before the page is interactive never puts the password in the URL.
    <form method="post" onSubmit={submitCredentials} noValidate className="flex flex-col gap-4">
      {message ? <FormAlert tone="error">{message}</FormAlert> : null}
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
        required
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
        required
      />
      <div className="flex items-center justify-between gap-4">
        <Button pending={pending} pendingLabel="Signing in…">
          Sign in
        </Button>
        <Link
          href="/forgot-password"
          className="text-brand-700 dark:text-brand-300 text-sm underline"
        >
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
