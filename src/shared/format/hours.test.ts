import { describe, expect, it } from "vitest";

import {
  formatDeadline,
  formatDuration,
  formatHours,
  formatRate,
  formatWeekOf,
  formatWeeklyLimit,
  formatWorkDay,
} from "./hours";

describe("hourly formatting", () => {
  it("writes spans of time in hours and minutes", () => {
    expect(formatDuration(2_490)).toBe("41 h 30 min");
    expect(formatDuration(2_400)).toBe("40 h");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(0)).toBe("0 h");
  });

  it("writes totals in decimal hours", () => {
    expect(formatHours(750)).toBe("12.5 h");
    expect(formatHours(765)).toBe("12.75 h");
    expect(formatHours(735)).toBe("12.25 h");
    expect(formatHours(2_400)).toBe("40 h");
    expect(formatHours(0)).toBe("0 h");
    expect(formatHours(20)).toBe("0.33 h");
    expect(formatHours(61_500)).toBe("1,025 h");
    expect(formatHours(59)).toBe("0.98 h");
  });

  it("puts a unit on every amount", () => {
    expect(formatRate(8_500, "USD")).toBe("$85/hour");
    expect(formatRate(8_550, "EUR")).toBe("€85.50/hour");
    expect(formatWeeklyLimit(2_400)).toBe("40 h/week");
  });

  it("names weeks, days and deadlines in UTC", () => {
    expect(formatWeekOf(new Date("2026-11-30T00:00:00Z"))).toBe(
      "Week of Nov 30, 2026 (Mon–Sun, UTC)",
    );
    expect(formatWorkDay(new Date("2026-12-02T00:00:00Z"))).toBe("Wed, Dec 2");
    expect(formatDeadline(new Date("2026-12-12T00:00:00Z"))).toBe("Sat, Dec 12, 00:00 UTC");
  });
});
