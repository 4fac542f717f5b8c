/** How the overview names its buckets: in UTC, as the numbers are counted. */

export type BucketSize = "day" | "week" | "month";

const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const dayWithYear = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});
const month = new Intl.DateTimeFormat("en-US", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Dec 3", "Week of Nov 30", "Dec 2026" (a month cut by the period's start says from when). */
export function bucketLabel(size: BucketSize, start: Date): string {
  if (size === "day") return day.format(start);
  if (size === "week") return `Week of ${day.format(start)}`;
  return start.getUTCDate() === 1
    ? month.format(start)
    : `${month.format(start)} from ${day.format(start)}`;
}

export function periodRange(from: Date, to: Date): string {
  return `${dayWithYear.format(from)} – ${dayWithYear.format(new Date(to.getTime() - 1))} (UTC)`;
}

export const bucketHeading: Record<BucketSize, string> = {
  day: "Day",
  week: "Week",
  month: "Month",
};
