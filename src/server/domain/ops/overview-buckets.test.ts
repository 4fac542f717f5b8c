import { describe, expect, it } from "vitest";

import { bucketIndex, overviewBuckets } from "./overview-buckets";

const at = (iso: string) => new Date(iso);

describe("overviewBuckets", () => {
  it("7 and 30 days are whole UTC days ending with today", () => {
    const now = at("2026-12-03T23:59:59.999Z");
    const week = overviewBuckets("7d", now);
    expect(week.size).toBe("day");
    expect(week.buckets).toHaveLength(7);
    expect(week.from).toEqual(at("2026-11-27T00:00:00Z"));
    expect(week.to).toEqual(at("2026-12-04T00:00:00Z"));
    expect(overviewBuckets("30d", at("2026-12-03T00:00:00Z")).buckets).toHaveLength(30);
  });

  it("90 days are Monday weeks, the first one clipped to the period", () => {
    // 2026-12-03 is a Thursday; 90 days back starts on Saturday 2026-09-05.
    const { buckets, from, to } = overviewBuckets("90d", at("2026-12-03T12:00:00Z"));
    expect(from).toEqual(at("2026-09-05T00:00:00Z"));
    expect(buckets[0]).toEqual({ start: from, end: at("2026-09-07T00:00:00Z") });
    expect(buckets[1]!.start).toEqual(at("2026-09-07T00:00:00Z"));
    expect(buckets.slice(1, -1).every((b) => b.start.getUTCDay() === 1)).toBe(true);
    expect(buckets.at(-1)).toEqual({ start: at("2026-11-30T00:00:00Z"), end: to });
    expect(buckets).toHaveLength(14);
  });

  it("365 days are calendar months, clipped at both ends", () => {
    const { buckets, from } = overviewBuckets("365d", at("2026-12-03T12:00:00Z"));
    expect(from).toEqual(at("2025-12-04T00:00:00Z"));
    expect(buckets[0]).toEqual({ start: from, end: at("2026-01-01T00:00:00Z") });
    expect(buckets.at(-1)!.start).toEqual(at("2026-12-01T00:00:00Z"));
    expect(buckets).toHaveLength(13);
  });

  it("the buckets tile the period: each instant is in exactly one", () => {
    for (const period of ["7d", "30d", "90d", "365d"] as const) {
      const { buckets, from, to } = overviewBuckets(period, at("2026-03-01T05:00:00Z"));
      expect(buckets[0]!.start).toEqual(from);
      expect(buckets.at(-1)!.end).toEqual(to);
      for (let i = 1; i < buckets.length; i++)
        expect(buckets[i]!.start).toEqual(buckets[i - 1]!.end);
      expect(bucketIndex(buckets, from.getTime() - 1)).toBe(-1);
      expect(bucketIndex(buckets, from.getTime())).toBe(0);
      expect(bucketIndex(buckets, to.getTime() - 1)).toBe(buckets.length - 1);
      expect(bucketIndex(buckets, to.getTime())).toBe(-1);
      for (const [i, bucket] of buckets.entries()) {
        expect(bucketIndex(buckets, bucket.start.getTime())).toBe(i);
        expect(bucketIndex(buckets, bucket.end.getTime() - 1)).toBe(i);
      }
    }
  });
});
