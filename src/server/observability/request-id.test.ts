import { describe, expect, it } from "vitest";

import { acceptOrCreateRequestId } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("acceptOrCreateRequestId", () => {
  it("keeps a caller's short, plain token", () => {
    expect(acceptOrCreateRequestId("edge-7f3a.1:b_2")).toBe("edge-7f3a.1:b_2");
    expect(acceptOrCreateRequestId("a".repeat(128))).toBe("a".repeat(128));
  });

  it("replaces anything that could forge or flood a log line", () => {
    for (const bad of [
      null,
      undefined,
      "",
      "has space",
      'quote"',
      "new\nline",
      "a".repeat(129),
      "-leading",
      "<script>",
    ]) {
      expect(acceptOrCreateRequestId(bad)).toMatch(UUID);
    }
  });
});
