import Link from "next/link";

import { DisputeStatusBadge } from "~/app/_components/dispute/dispute-status";
import { LocalTime } from "~/app/_components/local-time";
import { formatMoney } from "~/shared/format/money";
import type { RouterOutputs } from "~/trpc/react";
import { badge } from "../_components/admin-parts";

type Item = RouterOutputs["dispute"]["queue"]["items"][number];

/** One dispute in a list of the console: what, how much, its state and its deadlines. */
export function DisputeRow({ item }: { item: Item }) {
  return (
    <article className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={`/admin/disputes/${item.id}`}
          className="min-w-0 font-semibold wrap-anywhere underline"
        >
          {item.projectTitle}: {item.what}
        </Link>
        <DisputeStatusBadge status={item.status} />
        {item.unanswered ? <span className={badge.warning}>Unanswered</span> : null}
        {item.stale ? <span className={badge.danger}>Escalated</span> : null}
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {formatMoney(item.frozenMinor, item.currency)} frozen · opened{" "}
        <LocalTime date={item.createdAt} show="date" /> · last activity{" "}
        <LocalTime date={item.lastActivityAt} />
      </p>
    </article>
  );
}
