import { describe, expect, it } from "vitest";

import {
  calendarDay,
  dayIn,
  earliestDueDay,
  formatDateTimeIn,
  formatDay,
  isOverdue,
} from "./dates";

const at = (iso: string) => new Date(iso);

describe("instants in the viewer's zone", () => {
  it("fall on the viewer's own day and show the viewer's own time, naming the zone", () => {
    const instant = at("2030-01-15T23:30:00Z");
    expect(dayIn(instant, "UTC")).toBe("2030-01-15");
    expect(dayIn(instant, "Pacific/Auckland")).toBe("2030-01-16");
    expect(dayIn(instant, "America/Los_Angeles")).toBe("2030-01-15");
    expect(formatDateTimeIn(instant, "UTC")).toBe("Jan 15, 2030, 11:30 PM UTC");
    expect(formatDateTimeIn(instant, "Pacific/Auckland")).toBe("Jan 16, 2030, 12:30 PM GMT+13");
  });
});

describe("calendar days", () => {
  it("are the same day everywhere, however they were stored", () => {
    expect(calendarDay(at("2030-01-15T00:00:00Z"))).toBe("2030-01-15");
    expect(calendarDay(at("2030-01-15T17:45:00Z"))).toBe("2030-01-15");
    expect(formatDay(at("2030-01-15T00:00:00Z"))).toBe("Jan 15, 2030");
  });

  it("are overdue once the viewer's today is past them, until the work is done", () => {
    const due = at("2030-01-15T00:00:00Z");
    // 2030-01-16 02:00 UTC: already the 16th in London, still the 15th in New York.
    const now = at("2030-01-16T02:00:00Z");
    expect(isOverdue(due, false, now, "Europe/London")).toBe(true);
    expect(isOverdue(due, false, now, "America/New_York")).toBe(false);
    expect(isOverdue(due, true, now, "Europe/London")).toBe(false);
    expect(isOverdue(null, false, now, "Europe/London")).toBe(false);
    expect(isOverdue(due, false, at("2030-01-15T23:59:59Z"), "UTC")).toBe(false);
  });
});

describe("the earliest due date the server accepts", () => {
  it("is the oldest today still running on earth (UTC−12), so no one's today is refused", () => {
    // 10:00 UTC: it is still yesterday at UTC−12 (22:00).
    expect(earliestDueDay(at("2030-01-15T10:00:00Z"))).toEqual(at("2030-01-14T00:00:00Z"));
    // 12:00 UTC: midnight at UTC−12, so the 14th is over everywhere.
    expect(earliestDueDay(at("2030-01-15T12:00:00Z"))).toEqual(at("2030-01-15T00:00:00Z"));
  });
});
