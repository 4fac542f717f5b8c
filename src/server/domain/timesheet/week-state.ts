import { LOGGING_GRACE_MS, REVIEW_PERIOD_MS, WEEK_MS } from "~/shared/hourly/calendar";
import type { WeekState, WeekStatus } from "~/shared/statuses";

/**
 * What a timesheet week is at a given moment. Two moves happen by time alone:
 *  - an `open` week is submitted when logging closes (the end of the Monday after it, UTC);
 *  - a `submitted` week counts as approved once its review period has passed (`now` later
 *    than `reviewEndsAt`: 5 days after the week ends, or after a resubmission).
 * Nothing writes these moves: every read computes them here, and every write that depends on
 * them reads the week inside its transaction and asks this function again with the
 * transaction's `now`. The `timesheet.timed_moves` job (announce-timed-moves.ts) tells people
 * of them; billing will invoice weeks from `approved` and `auto_approved` alike.
 */

export interface StoredWeek {
  weekStart: Date;
  status: WeekStatus;
  submittedAt: Date | null;
  reviewEndsAt: Date | null;
}

export interface WeekReading {
  state: WeekState;
  /** When logging closes and an open week goes to the client by itself. */
  closesAt: Date;
  /** Open as stored, but logging has closed: the week is with the client all the same. */
  autoSubmitted: boolean;
  /** When it went (or counts as gone) to the client; null while open. */
  submittedAt: Date | null;
  /** When its review period ends; null while open. */
  reviewEndsAt: Date | null;
}

/** Logging for the week starting `weekStart` closes at the end of the following Monday. */
export function loggingClosesAt(weekStart: Date): Date {
  return new Date(weekStart.getTime() + WEEK_MS + LOGGING_GRACE_MS);
}

/** A week submitted on time (early, on the Monday after, or by itself) is reviewed until then. */
export function firstReviewEndsAt(weekStart: Date): Date {
  return new Date(weekStart.getTime() + WEEK_MS + REVIEW_PERIOD_MS);
}

/**
 * A week resubmitted after a dispute gives the client a whole review period again, and never
 * less time than the week's first review period (a week disputed early is resubmitted early).
 */
export function reviewEndsAfterResubmission(weekStart: Date, resubmittedAt: Date): Date {
  const again = resubmittedAt.getTime() + REVIEW_PERIOD_MS;
  return new Date(Math.max(again, firstReviewEndsAt(weekStart).getTime()));
}

export function readWeek(week: StoredWeek, now: Date): WeekReading {
  const closesAt = loggingClosesAt(week.weekStart);
  const reviewed = (submittedAt: Date, reviewEndsAt: Date, autoSubmitted: boolean) => ({
    state: now > reviewEndsAt ? ("auto_approved" as const) : ("submitted" as const),
    closesAt,
    autoSubmitted,
    submittedAt,
    reviewEndsAt,
  });
  switch (week.status) {
    case "open":
      return now > closesAt
        ? reviewed(closesAt, firstReviewEndsAt(week.weekStart), true)
        : { state: "open", closesAt, autoSubmitted: false, submittedAt: null, reviewEndsAt: null };
    case "submitted":
      return reviewed(week.submittedAt!, week.reviewEndsAt!, false);
    case "approved":
    case "disputed":
      return {
        state: week.status,
        closesAt,
        autoSubmitted: false,
        submittedAt: week.submittedAt,
        reviewEndsAt: week.reviewEndsAt,
      };
  }
}
