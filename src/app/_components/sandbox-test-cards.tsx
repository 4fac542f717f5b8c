"use client";

import { Button } from "~/app/_components/form/submit-button";
import { sandboxTestCards } from "~/shared/money/sandbox-cards";

/** The sandbox's cards, each with what it does: a click fills the number in. */
export function SandboxTestCards({ onUse }: { onUse: (number: string) => void }) {
  return (
    <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium">Test cards</summary>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Any future expiry (such as 12/34) and any 3 digits for the CVC.
      </p>
      <ul className="mt-2 flex flex-col gap-2">
        {sandboxTestCards.map((card) => (
          <li key={card.number} className="flex items-center justify-between gap-3">
            <span className="min-w-0">
              <span className="font-mono tabular-nums">{card.number}</span>
              <span className="text-slate-600 dark:text-slate-400"> · {card.outcome}</span>
            </span>
            <Button
              type="button"
              variant="secondary"
              className="shrink-0 px-3 py-1"
              onClick={() => onUse(card.number)}
              aria-label={`Use the card ${card.number}`}
            >
              Use
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
