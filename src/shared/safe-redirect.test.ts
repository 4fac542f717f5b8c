import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirectPath("/projects?cursor=1")).toBe("/projects?cursor=1");
  });

  it("refuses other sites and odd values", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      42,
      null,
    ]) {
      expect(safeRedirectPath(bad)).toBe("/account");
    }
  });
});
