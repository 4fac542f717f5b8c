/**
 * The calendar of hourly work, shared by the domain, the forms and the seed. Everything is
 * UTC: a week runs from Monday 00:00 UTC to the next Monday 00:00 UTC (ISO weeks), so a
 * client and a freelancer in different time zones see the same weeks.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;
export const WEEK_MS = 7 * DAY_MS;

/** The epoch (1970-01-01) was a Thursday: Mondays are 4 days past a multiple of a week. */
const MONDAY_OFFSET_MS = 4 * DAY_MS;

/**
 * How long after a week ends the freelancer may still log or fix its time (all of Monday,
 * UTC); then the week goes to the client by itself.
 */
export const LOGGING_GRACE_MS = DAY_MS;

/**
 * The client's review period: a submitted week counts as approved 5 days after it ends
 * (Saturday 00:00 UTC), or 5 days after the freelancer resubmits it following a dispute
 * (never sooner than the first).
 */
export const REVIEW_PERIOD_MS = 5 * DAY_MS;

/** 00:00 UTC of the day `ms` falls on. */
export function dayStartOf(ms: number): number {
  return ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
}

/** Monday 00:00 UTC of the week `ms` falls in. */
export function weekStartOf(ms: number): number {
  const sinceMonday = (((ms - MONDAY_OFFSET_MS) % WEEK_MS) + WEEK_MS) % WEEK_MS;
  return ms - sinceMonday;
}

/** Whether `ms` is a Monday 00:00 UTC (the database checks the same). */
export function isWeekStart(ms: number): boolean {
  return weekStartOf(ms) === ms;
}

/** A calendar day as "2026-12-02", the value of a date input. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "2026-12-02" as 00:00 UTC of that day, or null when it is not a real date. */
export function parseIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls "2026-02-30" over into March: a real date reads back the same.
  return isoDate(ms) === text && year >= 2000 ? ms : null;
}
