import { describe, expect, it } from "vitest";

import { formatBid, formatBudget, formatMoney, minorToInput, parseMoneyToMinor } from "./money";

describe("formatMoney", () => {
  it("formats minor units exactly, without float rounding", () => {
    expect(formatMoney(250000, "USD")).toBe("$2,500");
    expect(formatMoney(1999, "USD")).toBe("$19.99");
    expect(formatMoney(5, "EUR")).toBe("€0.05");
    expect(formatMoney(250050, "USD")).toBe("$2,500.50");
    // 2^53 - 1 cents: a float division would lose the last digit.
    expect(formatMoney(9007199254740991, "USD")).toBe("$90,071,992,547,409.91");
  });

  it("respects currencies without minor units", () => {
    expect(formatMoney(1500, "JPY")).toBe("¥1,500");
  });

  it("refuses non-integer amounts", () => {
    expect(() => formatMoney(10.5, "USD")).toThrow(RangeError);
  });
});

describe("formatBudget", () => {
  it("shows a range, a single amount, and hourly rates", () => {
    expect(
      formatBudget({
        budgetType: "fixed",
        budgetMinMinor: 100000,
        budgetMaxMinor: 250000,
        currency: "USD",
      }),
    ).toBe("$1,000–$2,500");
    expect(
      formatBudget({
        budgetType: "fixed",
        budgetMinMinor: 50000,
        budgetMaxMinor: 50000,
        currency: "GBP",
      }),
    ).toBe("£500");
    expect(
      formatBudget({
        budgetType: "hourly",
        budgetMinMinor: 4500,
        budgetMaxMinor: 8000,
        currency: "EUR",
      }),
    ).toBe("€45–€80 / hour");
  });
});

describe("parseMoneyToMinor", () => {
  it("reads typed amounts as exact minor units", () => {
    expect(parseMoneyToMinor("1,500", "USD")).toBe(150000);
    expect(parseMoneyToMinor("1500.5", "USD")).toBe(150050);
    expect(parseMoneyToMinor(" 0.07 ", "EUR")).toBe(7);
    expect(parseMoneyToMinor("1 234.99", "GBP")).toBe(123499);
    expect(parseMoneyToMinor("1500", "JPY")).toBe(1500);
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", "abc", "-5", "1.234", "1e5", "12.3.4"])
      expect(parseMoneyToMinor(bad, "USD")).toBeNull();
    expect(parseMoneyToMinor("1.5", "JPY")).toBeNull();
  });
});

describe("minorToInput", () => {
  it("writes minor units as the decimal a form edits, and parses back exactly", () => {
    expect(minorToInput(9_500, "USD")).toBe("95");
    expect(minorToInput(9_550, "EUR")).toBe("95.50");
    expect(minorToInput(7, "GBP")).toBe("0.07");
    expect(minorToInput(1500, "JPY")).toBe("1500");
    for (const minor of [1, 99, 100, 123_456_789])
      expect(parseMoneyToMinor(minorToInput(minor, "USD"), "USD")).toBe(minor);
  });
});

describe("formatBid", () => {
  it("says a fixed price or a rate per hour, spelling the kind out where a sentence needs it", () => {
    expect(formatBid(350_000, "USD", "fixed")).toBe("$3,500");
    expect(formatBid(350_000, "USD", "fixed", { spelled: true })).toBe("$3,500 (fixed price)");
    expect(formatBid(8_500, "USD", "hourly")).toBe("$85/hour");
    expect(formatBid(8_550, "EUR", "hourly", { spelled: true })).toBe("€85.50/hour");
  });
});
