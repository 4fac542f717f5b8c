import { describe, expect, it } from "vitest";

import { dayStartOf, isoDate, isWeekStart, parseIsoDate, weekStartOf } from "./calendar";

const at = (iso: string) => Date.parse(iso);

describe("the UTC calendar of hourly work", () => {
  it("starts weeks on Monday 00:00 UTC", () => {
    // 2026-12-02 is a Wednesday; its week starts on Monday 2026-11-30.
    expect(weekStartOf(at("2026-12-02T15:30:00Z"))).toBe(at("2026-11-30T00:00:00Z"));
    expect(weekStartOf(at("2026-11-30T00:00:00Z"))).toBe(at("2026-11-30T00:00:00Z"));
    expect(weekStartOf(at("2026-12-06T23:59:59.999Z"))).toBe(at("2026-11-30T00:00:00Z"));
    expect(weekStartOf(at("2026-12-07T00:00:00Z"))).toBe(at("2026-12-07T00:00:00Z"));
    // Before the epoch too (the epoch was a Thursday).
    expect(weekStartOf(at("1969-12-31T12:00:00Z"))).toBe(at("1969-12-29T00:00:00Z"));
    expect(isWeekStart(at("2026-11-30T00:00:00Z"))).toBe(true);
    expect(isWeekStart(at("2026-12-01T00:00:00Z"))).toBe(false);
  });

  it("reads and writes calendar days as date inputs do", () => {
    expect(dayStartOf(at("2026-12-02T15:30:00Z"))).toBe(at("2026-12-02T00:00:00Z"));
    expect(isoDate(at("2026-12-02T23:59:00Z"))).toBe("2026-12-02");
    expect(parseIsoDate("2026-12-02")).toBe(at("2026-12-02T00:00:00Z"));
    expect(parseIsoDate("2028-02-29")).toBe(at("2028-02-29T00:00:00Z"));
    for (const wrong of ["2026-02-30", "2026-13-01", "2026-1-01", "02/12/2026", "", "1999-12-31"])
      expect(parseIsoDate(wrong), wrong).toBeNull();
  });
});
