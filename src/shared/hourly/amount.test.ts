import { describe, expect, it } from "vitest";

import { amountForMinutes } from "./amount";

describe("amountForMinutes", () => {
  it("is minutes × rate ÷ 60 when that is whole", () => {
    expect(amountForMinutes(60, 8_500)).toBe(8_500);
    expect(amountForMinutes(750, 8_500)).toBe(106_250); // 12.5 h at $85/hour = $1,062.50
    expect(amountForMinutes(2_400, 10_000)).toBe(400_000);
    expect(amountForMinutes(0, 8_500)).toBe(0);
  });

  it("rounds half up to the minor unit", () => {
    // 15 min at $0.02/hour = 0.5 cent → 1 cent; at $0.01/hour = 0.25 cent → 0.
    expect(amountForMinutes(15, 2)).toBe(1);
    expect(amountForMinutes(15, 1)).toBe(0);
    // 15 min at $0.03/hour = 0.75 cent → 1 cent.
    expect(amountForMinutes(15, 3)).toBe(1);
    // 45 min at $33.33/hour = 2,499.75 cents → 2,500.
    expect(amountForMinutes(45, 3_333)).toBe(2_500);
    // 30 min at $10.01/hour = 500.5 cents → 501 (half goes up).
    expect(amountForMinutes(30, 1_001)).toBe(501);
    // 20 min at $10.01/hour = 333.666… cents → 334; at $10.00 = 333.33… → 333.
    expect(amountForMinutes(20, 1_001)).toBe(334);
    expect(amountForMinutes(20, 1_000)).toBe(333);
  });

  it("stays exact where floats would not", () => {
    // 100 h a week at the largest rate a form accepts: 6e11 × 1e8 overflows a double's integers.
    expect(amountForMinutes(6_000, 100_000_000)).toBe(10_000_000_000);
    expect(amountForMinutes(1, 9_007_199_254_740)).toBe(150_119_987_579);
  });

  it("refuses what is not whole, negative, or too large to be money", () => {
    expect(() => amountForMinutes(1.5, 100)).toThrow(RangeError);
    expect(() => amountForMinutes(-15, 100)).toThrow(RangeError);
    expect(() => amountForMinutes(15, 0.5)).toThrow(RangeError);
    expect(() => amountForMinutes(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toThrow(
      RangeError,
    );
  });
});
