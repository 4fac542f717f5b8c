/** The daily digest goes out in this hour of the person's own day. */
export const DIGEST_HOUR = 8;

/** The hour (0–23) and the day (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function localHourAndDay(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return {
    hour: Number(part("hour")),
    day: `${part("year")}-${part("month")}-${part("day")}`,
  };
}

/** Whether `instant` is in the digest hour for someone in `timeZone`, and which day that is. */
export function digestDue(instant: Date, timeZone: string) {
  let local: { hour: number; day: string };
  try {
    local = localHourAndDay(instant, timeZone);
  } catch {
    // A zone this runtime no longer knows: the person's digest keeps UTC time.
    local = localHourAndDay(instant, "UTC");
  }
  return local.hour === DIGEST_HOUR ? local.day : null;
}
