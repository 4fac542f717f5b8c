import Link from "next/link";

import { LocalTime } from "~/app/_components/local-time";
import { formatMoney } from "~/shared/format/money";
import type { RouterOutputs } from "~/trpc/react";

type Milestone = RouterOutputs["contract"]["workspace"]["milestones"][number];
type Money = Milestone["money"];

const tones = {
  muted:
    "border-slate-300 bg-slate-50 text-slate-700 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200",
  warn: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
  good: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
};

/** Where a milestone's money is, in words (the colour only repeats them). */
function moneyWords(money: Money, amountMinor: number, currency: string) {
  const held = formatMoney(money.heldMinor, currency);
  switch (money.state) {
    case "unfunded":
      return { tone: "muted" as const, text: "Not funded" };
    case "underfunded":
      return {
        tone: "warn" as const,
        text: `Partly funded · ${held} of ${formatMoney(amountMinor, currency)} in escrow`,
      };
    case "funded":
      return { tone: "good" as const, text: `Funded · ${held} in escrow` };
    case "released":
      return {
        tone: "good" as const,
        text: `Released · ${formatMoney(money.releasedMinor, currency)}`,
      };
    case "refunded":
      return {
        tone: "muted" as const,
        text: `Refunded · ${formatMoney(money.refundedMinor, currency)}`,
      };
  }
}

export function MoneyBadge({ milestone, currency }: { milestone: Milestone; currency: string }) {
  const { tone, text } = moneyWords(milestone.money, milestone.amountMinor, currency);
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}
    >
      <span className="sr-only">Money: </span>
      {text}
    </span>
  );
}

/** A submitted milestone's deadline: unanswered, escrow goes to the freelancer on its own. */
export function AutoReleaseNote({
  at,
  role,
}: {
  at: Date;
  role: "client" | "freelancer" | "observer";
}) {
  const when = <LocalTime date={at} show="date" />;
  return (
    <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
      {role === "client" ? (
        <>Released automatically on {when} unless you approve or ask for changes.</>
      ) : role === "freelancer" ? (
        <>
          Paid to you automatically on {when} unless the client approves or asks for changes first.
        </>
      ) : (
        <>Released to the freelancer automatically on {when} unless the client answers first.</>
      )}
    </p>
  );
}

/** The client's way to the funding page: the whole amount, or what a raised amount added. */
export function FundLink({
  contractId,
  milestone,
  currency,
}: {
  contractId: string;
  milestone: Milestone;
  currency: string;
}) {
  const due = formatMoney(milestone.amountMinor - milestone.money.heldMinor, currency);
  const label = milestone.money.state === "underfunded" ? "Fund the difference" : "Fund milestone";
  return (
    <Link
      href={`/contracts/${contractId}/milestones/${milestone.id}/fund`}
      aria-label={`${label}: ${milestone.title} (${due})`}
      className="bg-brand-600 hover:bg-brand-700 inline-flex items-center justify-center rounded-lg px-4 py-2 text-sm font-semibold text-white shadow-sm"
    >
      {label} · {due}
    </Link>
  );
}
