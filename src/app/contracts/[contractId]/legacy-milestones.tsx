import { formatDate } from "~/shared/format/labels";
import { formatMoney } from "~/shared/format/money";
import type { RouterOutputs } from "~/trpc/react";

type Milestone = RouterOutputs["contract"]["workspace"]["milestones"][number];

/**
 * Milestones an hourly contract was given before Guild had hourly contracts: kept, read-only,
 * as a record of what was agreed (see the hourly-contracts migration).
 */
export function LegacyMilestones({
  milestones,
  currency,
}: {
  milestones: Milestone[];
  currency: string;
}) {
  if (milestones.length === 0) return null;
  return (
    <section aria-labelledby="legacy-milestones-heading" className="flex flex-col gap-2">
      <h2 id="legacy-milestones-heading" className="text-lg font-semibold">
        Milestones from before hourly contracts
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This contract was planned in milestones before it became hourly. They are kept as a record
        and no longer change; time is now logged and approved week by week.
      </p>
      <ul className="flex flex-col gap-1 text-sm">
        {milestones.map((m) => (
          <li key={m.id} className="wrap-anywhere">
            {m.title} · {formatMoney(m.amountMinor, currency)} · {m.status.replace("_", " ")}
            {m.approvedAt ? ` on ${formatDate(m.approvedAt)}` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
