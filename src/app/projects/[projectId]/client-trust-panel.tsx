import Link from "next/link";

import { formatDate } from "~/shared/format/labels";
import type { RouterOutputs } from "~/trpc/react";

type Signals = RouterOutputs["project"]["trustSignals"];

/**
 * Stars for the trust panel: five stars filled to the nearest half, hidden from screen
 * readers, beside the same figure in words ("4.8 of 5 from 12 reviews"). A stopgap until the
 * shared star rating of issue 10 item 17 lands: swap this for it, keeping the words.
 */
export function TrustPanelStars({ rating, count }: { rating: number; count: number }) {
  const filled = Math.round(rating * 2) / 2;
  return (
    <span className="flex flex-col items-end gap-0.5">
      <span aria-hidden="true" className="flex text-amber-500 dark:text-amber-400">
        {Array.from({ length: 5 }, (_, i) => (
          <svg key={i} viewBox="0 0 20 20" className="h-4 w-4">
            <defs>
              <linearGradient id={`trust-star-${i}`}>
                <stop
                  offset={`${Math.min(1, Math.max(0, filled - i)) * 100}%`}
                  stopColor="currentColor"
                />
                <stop offset="0" stopColor="transparent" />
              </linearGradient>
            </defs>
            <path
              d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
              fill={`url(#trust-star-${i})`}
              stroke="currentColor"
              strokeWidth="1.2"
            />
          </svg>
        ))}
      </span>
      <span>
        {rating.toFixed(1)} of 5 from {count} review{count === 1 ? "" : "s"}
      </span>
    </span>
  );
}

/** "About the client": what a freelancer weighs before spending a proposal on a project. */
export function ClientTrustPanel({
  clientId,
  clientName,
  signals,
}: {
  clientId: string;
  clientName: string;
  signals: Signals;
}) {
  const facts = [
    { term: "Member since", detail: formatDate(signals.memberSince) },
    {
      term: "Projects posted",
      detail: signals.projectsPosted.toLocaleString("en-US"),
    },
    {
      term: "Hires",
      detail:
        signals.projectsHired === 0 || signals.hireRatePercent === null
          ? "No hires yet"
          : `${signals.hireRatePercent}% hire rate`,
    },
    {
      term: "Rating from freelancers",
      detail:
        signals.rating === null ? (
          "No reviews yet"
        ) : (
          <TrustPanelStars rating={signals.rating} count={signals.reviewCount} />
        ),
    },
  ];
  return (
    <aside
      aria-labelledby="client-heading"
      className="h-fit rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="client-heading" className="text-sm font-semibold text-slate-900 dark:text-white">
        About the client
      </h2>
      <p className="mt-1 text-sm">
        <Link
          href={`/clients/${clientId}`}
          className="text-brand-700 dark:text-brand-300 font-medium wrap-anywhere hover:underline"
        >
          {clientName}
        </Link>
      </p>
      <dl className="mt-3 flex flex-col gap-3 text-sm">
        {facts.map(({ term, detail }) => (
          <div key={term} className="flex justify-between gap-3">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="text-right font-medium text-slate-900 dark:text-white">{detail}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
