import { EmptyState } from "~/app/_components/empty-state";
import { DISPUTE_ANSWER_DAYS, DISPUTE_STALE_DAYS } from "~/shared/trust";
import { api } from "~/trpc/server";
import { DisputeRow } from "../disputes/dispute-row";

/**
 * The overview's disputes an admin should look at now: the other party has said nothing for
 * 5 days, or nothing has happened for 30 (escalated).
 */
export async function DisputesNeedingAttention() {
  const items = await api.dispute.needingAttention();
  return (
    <section aria-labelledby="disputes-attention-heading" className="flex flex-col gap-3">
      <h2 id="disputes-attention-heading" className="text-xl font-semibold">
        Disputes needing attention
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Unanswered for {DISPUTE_ANSWER_DAYS} days, or untouched for {DISPUTE_STALE_DAYS}.
      </p>
      {items.length === 0 ? (
        <EmptyState>No disputes need attention.</EmptyState>
      ) : (
        <ol aria-label="Disputes needing attention" className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id}>
              <DisputeRow item={item} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
