"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { NewPasswordField } from "~/app/_components/form/new-password-field";
import { Button } from "~/app/_components/form/submit-button";
import { refusingWeak, usePasswordStrength } from "~/app/_components/form/use-password-strength";
import { useSchemaForm } from "~/app/_components/form/use-schema-form";
import { ResetPasswordInput } from "~/shared/schemas/identity";
import { api } from "~/trpc/react";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  // Whose account this is stays on the server (the link says); it judges with their name too.
  const strength = usePasswordStrength(password, {});
  const reset = api.auth.resetPassword.useMutation({
    onSuccess: () => router.push("/signin?reset=1"),
  });
  const form = useSchemaForm(refusingWeak(ResetPasswordInput, "password", strength), reset);

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

  return (
    <form
      method="post"
      onSubmit={form.onSubmit(() => ({ token, password }))}
      noValidate
      className="flex flex-col gap-4"
    >
      {form.message ? (
        <FormAlert tone="error">
          {form.message}
          {form.fieldErrors.token ? (
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
      <NewPasswordField
        name="password"
        label="New password"
        value={password}
        onChange={(event) => {
          form.clearField("password");
          setPassword(event.target.value);
        }}
        error={form.fieldErrors.password}
        strength={strength}
      />
      <Button pending={form.pending} pendingLabel="Saving…">
        Save new password
      </Button>
    </form>
  );
}
