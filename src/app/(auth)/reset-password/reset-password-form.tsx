"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { TextField } from "~/app/_components/form/text-field";
import { mutationFailure } from "~/app/_components/form/trpc-errors";
import { useFormErrors } from "~/app/_components/form/use-form-errors";
import { PASSWORD_MAX, PASSWORD_MIN, ResetPasswordInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const { fieldErrors, message, check, fromResult } = useFormErrors();
  const reset = api.auth.resetPassword.useMutation({
    onError: (error) => fromResult(mutationFailure(error)),
    onSuccess: () => router.push("/signin?reset=1"),
  });

  if (!token) {
    return (
      <FormAlert tone="error">
        This link is incomplete.{" "}
        <Link href="/forgot-password" className="underline">
          Request a new one
        </Link>
        .
      </FormAlert>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = check(ResetPasswordInput, { token, password });
    if (input) reset.mutate(input);
  }

  return (
    <form method="post" onSubmit={submit} noValidate className="flex flex-col gap-4">
      {message ? (
        <FormAlert tone="error">
          {message}
          {fieldErrors.token ? (
            <>
              {" "}
              <Link href="/forgot-password" className="underline">
                Request a new link
              </Link>
              .
            </>
          ) : null}
        </FormAlert>
      ) : null}
      <TextField
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters.`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
        required
      />
      <Button pending={reset.isPending} pendingLabel="Saving…">
        Save new password
      </Button>
    </form>
  );
}
