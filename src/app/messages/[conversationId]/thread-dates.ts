import { dayIn, formatDateIn } from "~/shared/format/dates";

/** "3:04 PM" in the viewer's zone. */
export function timeOfDay(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { timeStyle: "short", timeZone }).format(instant);
}

/** The heading over a day's messages: "Today", "Yesterday" or "Mar 3, 2030", in the viewer's zone. */
export function dayHeading(day: string, now: number, timeZone: string) {
  if (day === dayIn(new Date(now), timeZone)) return "Today";
  if (day === dayIn(new Date(now - 24 * 60 * 60 * 1000), timeZone)) return "Yesterday";
  return formatDateIn(new Date(`${day}T12:00:00Z`), "UTC");
}
