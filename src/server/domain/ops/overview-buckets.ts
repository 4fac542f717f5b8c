import type { OverviewPeriod } from "~/shared/schemas/ops";

export type BucketSize = "day" | "week" | "month";

export interface Bucket {
  /** Inclusive. */
  start: Date;
  /** Exclusive: the next bucket's start. */
  end: Date;
}

export interface OverviewBuckets {
  size: BucketSize;
  /** The first bucket's start and the last one's end: the whole period. */
  from: Date;
  to: Date;
  buckets: Bucket[];
}

const DAY_MS = 86_400_000;
const plan: Record<OverviewPeriod, { days: number; size: BucketSize }> = {
  "7d": { days: 7, size: "day" },
  "30d": { days: 30, size: "day" },
  "90d": { days: 90, size: "week" },
  "365d": { days: 365, size: "month" },
};

function startOfUtcDay(instant: Date) {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
}

/** The start of the bucket after the one `day` is in (weeks start on Monday). */
function nextBoundary(day: Date, size: BucketSize): Date {
  if (size === "day") return new Date(day.getTime() + DAY_MS);
  if (size === "week") {
    const sinceMonday = (day.getUTCDay() + 6) % 7;
    return new Date(day.getTime() + (7 - sinceMonday) * DAY_MS);
  }
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1));
}

/**
 * The last `N` whole UTC days up to and including today, cut at calendar days, Monday weeks or
 * months. The first bucket is clipped to the period's start, so the buckets add up to exactly
 * the period and a row is in one bucket only.
 */
export function overviewBuckets(period: OverviewPeriod, now: Date): OverviewBuckets {
  const { days, size } = plan[period];
  const to = new Date(startOfUtcDay(now).getTime() + DAY_MS);
  const from = new Date(to.getTime() - days * DAY_MS);
  const buckets: Bucket[] = [];
  for (let start = from; start < to;) {
    const boundary = nextBoundary(start, size);
    const end = boundary < to ? boundary : to;
    buckets.push({ start, end });
    start = end;
  }
  return { size, from, to, buckets };
}

/** The index of the bucket holding `time` (ms), or -1 outside the period. */
export function bucketIndex(buckets: Bucket[], time: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const bucket = buckets[mid]!;
    if (time < bucket.start.getTime()) high = mid - 1;
    else if (time >= bucket.end.getTime()) low = mid + 1;
    else return mid;
  }
  return -1;
}
