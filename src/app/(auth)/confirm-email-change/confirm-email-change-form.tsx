"use client";

import Link from "next/link";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

const linkClass = "text-brand-700 dark:text-brand-300 font-medium underline";

export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const confirm = api.auth.confirmEmailChange.useMutation();

  if (confirm.isSuccess) {
    const { email, signedIn } = confirm.data;
    return (
      <div className="flex flex-col gap-4">
        <FormAlert tone="success">
          Done: your Guild email is now <span className="wrap-anywhere">{email}</span>.
        </FormAlert>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {signedIn
            ? "Any other device signed in to your account was signed out."
            : "Every device signed in to your account was signed out: sign in with your new address."}
        </p>
        {signedIn ? (
          <Link href="/account" className={linkClass}>
            Go to your account
          </Link>
        ) : (
          <Link href="/signin" className={linkClass}>
            Sign in
          </Link>
        )}
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
      method="post"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate({ token });
      }}
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Confirm that this address belongs to you and should replace your account&apos;s current
        email. Every other device signed in to your account will be signed out.
      </p>
      {confirm.error ? <FormAlert tone="error">{confirm.error.message}</FormAlert> : null}
      <Button pending={confirm.isPending} pendingLabel="Confirming…">
        Confirm my new email
      </Button>
    </form>
  );
}
