"use client";

import Link from "next/link";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

export function VerifyEmailForm({ token }: { token: string }) {
  const verify = api.auth.verifyEmail.useMutation();

  if (verify.isSuccess) {
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">Thanks! {verify.data.email} is confirmed.</FormAlert>
        <Link href="/account" className="text-brand-700 dark:text-brand-300 font-medium underline">
          Go to your account
        </Link>
      </div>
    );
  }
  if (!token) {
    return (
      <FormAlert tone="error">
        This link is incomplete. Open the link from the email again.
      </FormAlert>
    );
  }
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        verify.mutate({ token });
      }}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Confirm that this email address belongs to you.
      </p>
      {verify.error ? <FormAlert tone="error">{verify.error.message}</FormAlert> : null}
      <Button pending={verify.isPending} pendingLabel="Confirming…">
        Confirm my email
      </Button>
    </form>
  );
}
