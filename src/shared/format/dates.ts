/**
 * Dates and times for people, in their own time zone. Two kinds of value are kept apart:
 *
 * - an instant (a proposal sent, a milestone handed in): shown in the viewer's zone;
 * - a calendar day (a milestone's due date, a project's deadline): stored as that day at
 *   00:00 UTC and shown as the same day everywhere. Whether it has passed depends on the
 *   viewer's zone: it is overdue once their own today is later.
 *
 * The server renders in UTC (it cannot know the zone); the browser renders again in its own.
 */

/** The calendar day of `instant` in `timeZone`, as `YYYY-MM-DD`. */
export function dayIn(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/** A calendar day (stored at 00:00 UTC) as `YYYY-MM-DD`: the same day in every zone. */
export const calendarDay = (day: Date) => day.toISOString().slice(0, 10);

/** A calendar day typed into a date input (`YYYY-MM-DD`), stored as that day at 00:00 UTC. */
export const dayFromInput = (value: string) => new Date(`${value}T00:00:00Z`);

/** "Jan 15, 2030": a calendar day, the same wherever it is read. */
export function formatDay(day: Date): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(day);
}

/** "Jan 15, 2030": the day `instant` fell on in `timeZone`. */
export function formatDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone }).format(instant);
}

/** "Jan 15, 2030, 3:04 PM GMT+1": an instant in `timeZone`, naming the zone. */
export function formatDateTimeIn(instant: Date, timeZone: string): string {
  // Intl cannot combine dateStyle with timeZoneName: the zone is added on its own.
  const text = new Intl.DateTimeFormat("en-US", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(instant);
  return `${text} ${zoneName(instant, timeZone)}`;
}

function zoneName(instant: Date, timeZone: string) {
  return (
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone
  );
}

/**
 * A calendar day is overdue once the viewer's today (in their zone) is later than it, until
 * the work is done.
 */
export function isOverdue(due: Date | null, done: boolean, now: Date, timeZone: string) {
  return due !== null && !done && calendarDay(due) < dayIn(now, timeZone);
}

/**
 * The earliest due date the server accepts: the oldest "today" still running anywhere on earth
 * (UTC−12). The server cannot know the person's zone, so it only refuses a day that has ended
 * everywhere; the form, which knows the zone, holds them to their own today.
 */
export function earliestDueDay(now: Date): Date {
  return new Date(`${dayIn(new Date(now.getTime() - 12 * 60 * 60 * 1000), "UTC")}T00:00:00Z`);
}

/** The message for a due date in the past, wherever it is caught. */
export const DUE_DATE_IN_PAST = "Choose a due date today or later.";
