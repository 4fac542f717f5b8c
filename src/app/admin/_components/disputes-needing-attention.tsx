import { EmptyState } from "~/app/_components/empty-state";

/** The overview's place for disputes an admin should look at (unanswered, or left too long). */
export function DisputesNeedingAttention() {
  return (
    <section aria-labelledby="disputes-attention-heading" className="flex flex-col gap-3">
      <h2 id="disputes-attention-heading" className="text-xl font-semibold">
        Disputes needing attention
      </h2>
      <EmptyState>No disputes need attention.</EmptyState>
    </section>
  );
}
