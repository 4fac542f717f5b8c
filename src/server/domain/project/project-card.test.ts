import { describe, expect, it } from "vitest";

import { excerpt } from "./project-card";

describe("excerpt", () => {
  it("is the opening paragraph as plain text", () => {
    expect(
      excerpt("## We need **help** with `tsc` and [our site](https://example.com).\n\nMore."),
    ).toBe("We need help with tsc and our site.");
  });

  it("cuts long openings at a word boundary", () => {
    const cut = excerpt(`${"word ".repeat(100)}end`);
    expect(cut.endsWith("word…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(281);
  });
});
