"use client";

import { useState } from "react";

import { Button } from "~/app/_components/form/submit-button";

/** A signing secret, once: Guild shows it now and never again. */
export function NewSecret({ secret, intro }: { secret: string; intro: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950"
    >
      <p className="text-sm font-semibold text-emerald-900 dark:text-emerald-100">
        {intro} Copy the signing secret now: Guild cannot show it again.
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <label htmlFor="new-webhook-secret" className="sr-only">
          Signing secret
        </label>
        <input
          id="new-webhook-secret"
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-white"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(secret)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}
