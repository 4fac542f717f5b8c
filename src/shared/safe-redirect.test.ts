import { describe, expect, it } from "vitest";

import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirectPath("/projects?cursor=1")).toBe("/projects?cursor=1");
    expect(safeRedirectPath("/account/security")).toBe("/account/security");
  });

  it("refuses other sites and odd values", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/./\t/evil.example",
      "javascript:alert(1)",
      42,
      null,
    ]) {
      expect(safeRedirectPath(bad)).toBe("/dashboard");
    }
  });
});
