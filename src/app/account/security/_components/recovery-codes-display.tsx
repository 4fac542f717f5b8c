"use client";

import { useState } from "react";

import { FormAlert } from "~/app/_components/form/form-alert";
import { Button } from "~/app/_components/form/submit-button";

const actionLink =
  "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** New recovery codes, shown once: to copy, download as a text file, or write down. */
export function RecoveryCodesDisplay({
  codes,
  email,
  headline,
  onDone,
}: {
  codes: string[];
  email: string;
  headline: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const text = `Guild recovery codes for ${email}\nMade ${new Date().toISOString().slice(0, 10)}. Each code works once, in place of a code from your authenticator app.\n\n${codes.join("\n")}\n`;

  return (
    <div className="flex flex-col gap-4">
      <FormAlert tone="success">{headline}</FormAlert>
      <p className="text-sm">
        Save these recovery codes somewhere safe. Each one works once, if you lose your phone. This
        is the only time we show them.
      </p>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-2 gap-2 rounded-lg bg-slate-100 p-4 font-mono text-sm dark:bg-slate-800"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(text).then(
              () => setCopied("yes"),
              () => setCopied("failed"),
            )
          }
        >
          Copy codes
        </Button>
        <a
          className={actionLink}
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="guild-recovery-codes.txt"
        >
          Download as text
        </a>
      </div>
      <p aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
        {copied === "yes" ? "Copied to the clipboard." : null}
        {copied === "failed"
          ? "Your browser did not allow copying: select the codes instead."
          : null}
      </p>
      <Button type="button" className="self-start" onClick={onDone}>
        I&apos;ve saved my recovery codes
      </Button>
    </div>
  );
}
