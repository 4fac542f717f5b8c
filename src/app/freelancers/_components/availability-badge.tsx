import { availabilityLabel } from "~/shared/format/labels";
import type { Availability } from "~/shared/schemas/profile";

const tone: Record<Availability, string> = {
  available:
    "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  limited:
    "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  unavailable:
    "bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700",
};

export function AvailabilityBadge({ availability }: { availability: Availability }) {
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone[availability]}`}
    >
      {availabilityLabel[availability]}
    </span>
  );
}
