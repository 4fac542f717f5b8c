import { describe, expect, it } from "vitest";

import { readWeek, reviewEndsAfterResubmission, type StoredWeek } from "./week-state";

// The week of Monday 2026-11-30: it ends Monday 2026-12-07 00:00 UTC, logging closes Tuesday
// 2026-12-08 00:00 UTC, and its first review period ends Saturday 2026-12-12 00:00 UTC.
const weekStart = new Date("2026-11-30T00:00:00Z");
const at = (iso: string) => new Date(iso);
const open: StoredWeek = { weekStart, status: "open", submittedAt: null, reviewEndsAt: null };

describe("readWeek", () => {
  it("keeps an open week open until logging closes at the end of the Monday after", () => {
    expect(readWeek(open, at("2026-12-02T10:00:00Z")).state).toBe("open");
    expect(readWeek(open, at("2026-12-07T23:59:59Z")).state).toBe("open");
    expect(readWeek(open, at("2026-12-08T00:00:00Z"))).toMatchObject({ state: "open" });
  });

  it("submits an open week by itself once logging has closed", () => {
    expect(readWeek(open, at("2026-12-08T00:00:00.001Z"))).toEqual({
      state: "submitted",
      closesAt: at("2026-12-08T00:00:00Z"),
      autoSubmitted: true,
      submittedAt: at("2026-12-08T00:00:00Z"),
      reviewEndsAt: at("2026-12-12T00:00:00Z"),
    });
  });

  it("counts a submitted week as approved once its review period has passed", () => {
    const submitted: StoredWeek = {
      weekStart,
      status: "submitted",
      submittedAt: at("2026-12-04T17:00:00Z"),
      reviewEndsAt: at("2026-12-12T00:00:00Z"),
    };
    expect(readWeek(submitted, at("2026-12-12T00:00:00Z")).state).toBe("submitted");
    expect(readWeek(submitted, at("2026-12-12T00:00:00.001Z"))).toMatchObject({
      state: "auto_approved",
      autoSubmitted: false,
    });
    // An open week nobody touched goes all the way by itself.
    expect(readWeek(open, at("2026-12-20T00:00:00Z"))).toMatchObject({
      state: "auto_approved",
      autoSubmitted: true,
    });
  });

  it("leaves approved and disputed weeks as they are, however late", () => {
    const disputed: StoredWeek = {
      weekStart,
      status: "disputed",
      submittedAt: at("2026-12-04T17:00:00Z"),
      reviewEndsAt: at("2026-12-12T00:00:00Z"),
    };
    expect(readWeek(disputed, at("2027-06-01T00:00:00Z")).state).toBe("disputed");
    expect(readWeek({ ...disputed, status: "approved" }, at("2027-06-01T00:00:00Z")).state).toBe(
      "approved",
    );
  });

  it("gives a resubmitted week a whole review period, never less than its first", () => {
    expect(reviewEndsAfterResubmission(weekStart, at("2026-12-15T09:00:00Z"))).toEqual(
      at("2026-12-20T09:00:00Z"),
    );
    // Submitted early, disputed and resubmitted within the week: the first period still holds.
    expect(reviewEndsAfterResubmission(weekStart, at("2026-12-03T09:00:00Z"))).toEqual(
      at("2026-12-12T00:00:00Z"),
    );
  });
});
