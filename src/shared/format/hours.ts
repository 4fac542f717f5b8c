import { formatDate } from "./labels";
import { formatMoney } from "./money";

/**
 * Hourly work as people read it. Every amount carries its unit: a rate is "$85/hour", a limit
 * "40 h/week", a week "12.5 h · $1,062.50". All of it with integer arithmetic.
 */

/** "41 h 30 min", "40 h", "45 min": a span of time in a sentence. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return rest === 0 ? "0 h" : `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "12.5 h", "12.75 h", "40 h": a total in decimal hours (up to two places, half up). */
export function formatHours(minutes: number): string {
  const whole = Math.floor(minutes / 60);
  const hundredths = Math.floor(((minutes % 60) * 100 + 30) / 60);
  const grouped = (hours: number) => hours.toLocaleString("en-US");
  if (hundredths === 100) return `${grouped(whole + 1)} h`;
  if (hundredths === 0) return `${grouped(whole)} h`;
  const decimals = String(hundredths).padStart(2, "0").replace(/0$/, "");
  return `${grouped(whole)}.${decimals} h`;
}

/** "$85/hour". */
export function formatRate(rateMinor: number, currency: string): string {
  return `${formatMoney(rateMinor, currency)}/hour`;
}

/** "40 h/week". */
export function formatWeeklyLimit(limitMinutes: number): string {
  return `${formatHours(limitMinutes)}/week`;
}

/** "Week of Nov 30, 2026 (Mon–Sun, UTC)": the heading of a timesheet week. */
export function formatWeekOf(weekStart: Date): string {
  return `Week of ${formatDate(weekStart)} (Mon–Sun, UTC)`;
}

/** "Wed, Dec 2": the day an entry was worked. */
export function formatWorkDay(day: Date): string {
  return new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(day);
}

/** "Sat, Dec 12, 00:00 UTC": a moment a period ends, to the minute and in the weeks' zone. */
export function formatDeadline(moment: Date): string {
  const text = new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(moment);
  return `${text} UTC`;
}
