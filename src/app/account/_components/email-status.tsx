"use client";

import { Button } from "~/app/_components/form/submit-button";
import { api } from "~/trpc/react";

export function EmailStatus({ verified }: { verified: boolean }) {
  const resend = api.account.resendVerification.useMutation();
  if (verified) {
    return (
      <span className="inline-flex w-fit items-center rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100">
        Verified
      </span>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <span className="inline-flex w-fit items-center rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
        Not verified yet
      </span>
      <p className="text-slate-600 dark:text-slate-400">
        Confirm your email to publish projects and send proposals.
      </p>
      <div aria-live="polite" className="text-sm">
        {resend.isSuccess ? <p>We sent a new link to {resend.data.email}.</p> : null}
        {resend.error ? (
          <p className="text-red-700 dark:text-red-400">{resend.error.message}</p>
        ) : null}
      </div>
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        pending={resend.isPending}
        pendingLabel="Sending…"
        onClick={() => resend.mutate()}
      >
        Send a new link
      </Button>
    </div>
  );
}
