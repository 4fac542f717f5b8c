import { describe, expect, it } from "vitest";

import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles from the base, with half of each delay left to chance", () => {
    expect(retryDelayMs(1, 1000, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, () => 0)).toBe(2000);
    expect(retryDelayMs(3, 1000, () => 1)).toBe(4000);
  });

  it("never waits more than 15 minutes", () => {
    expect(retryDelayMs(40, 1000, () => 1)).toBe(15 * 60_000);
  });
});
