import { describe, expect, it } from "vitest";

import { proposalCountBand } from "./labels";

describe("proposalCountBand", () => {
  it("puts a count in the band a freelancer reads, never the figure itself", () => {
    const bands = [0, 4, 5, 9, 10, 14, 15, 19, 20, 49, 50, 400].map(proposalCountBand);
    expect(bands).toEqual([
      "Less than 5",
      "Less than 5",
      "5 to 10",
      "5 to 10",
      "10 to 15",
      "10 to 15",
      "15 to 20",
      "15 to 20",
      "20 to 50",
      "20 to 50",
      "50+",
      "50+",
    ]);
  });
});
