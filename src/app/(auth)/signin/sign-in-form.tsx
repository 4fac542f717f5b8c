"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { Button } from "~/app/_components/form/submit-button";
import { FormAlert } from "~/app/_components/form/form-alert";
import { TextField } from "~/app/_components/form/text-field";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { SecondFactorInput, SignInInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [challenge, setChallenge] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge]);

  function finish({ redirectTo }: { redirectTo: string }) {
    router.replace(redirectTo);
    router.refresh();
  }

  const signIn = api.auth.signIn.useMutation({
    onSuccess: (result) => {
      if (result.step === "done") return finish(result);
      setChallenge(result.challenge);
    },
  });
  const secondFactor = api.auth.secondFactor.useMutation({
    onSuccess: finish,
    onError: (error) => {
      // An expired step cannot be retried with a code: go back to the password.
      if (/expired/i.test(error.message)) {
        credentials.setMessage(error.message);
        setChallenge(null);
      }
    },
  });
  // Two steps, two forms; each sends where it came from (`next`) along with what was typed.
  const credentials = useSchemaForm(SignInInput, {
    isPending: signIn.isPending,
    mutate: (input, options) => signIn.mutate({ ...input, next }, options),
  });
  const second = useSchemaForm(SecondFactorInput, {
    isPending: secondFactor.isPending,
    mutate: (input, options) => secondFactor.mutate({ ...input, next }, options),
  });
  // Stays pending while the next page loads, so a second press cannot send the form again.
  const leaving = signIn.data?.step === "done" || secondFactor.isSuccess;
  const pending = signIn.isPending || secondFactor.isPending || leaving;

  if (challenge) {
    return (
      <form
        onSubmit={second.onSubmit(() => ({ challenge, code }))}
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
        {second.message ? <FormAlert tone="error">{second.message}</FormAlert> : null}
        <TextField
          ref={codeRef}
          name="code"
          label="Authentication code"
          autoComplete="one-time-code"
          inputMode="text"
          spellCheck={false}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={second.fieldErrors.code}
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
            second.clear();
            credentials.clear();
          }}
        >
          Use a different account
        </button>
      </form>
    );
  }

  return (
    // POST, so a press before the page is interactive never puts the password in the URL.
    <form
      method="post"
      onSubmit={credentials.onSubmit(() => ({ email, password }))}
      noValidate
      className="flex flex-col gap-4"
    >
      {credentials.message ? <FormAlert tone="error">{credentials.message}</FormAlert> : null}
      <TextField
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={credentials.fieldErrors.email}
        required
      />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={credentials.fieldErrors.password}
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
