import { disputeStatusLabels, type DisputeStatus } from "~/shared/trust";

const tones: Record<DisputeStatus, string> = {
  open: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
  under_review: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  resolved: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  withdrawn: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
};

/** A dispute's state as a badge (the colour only repeats the word). */
export function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[status]}`}
    >
      {disputeStatusLabels[status]}
    </span>
  );
}
