import { describe, expect, it } from "vitest";

import { resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("with no trusted proxy, takes the socket's peer and ignores X-Forwarded-For", () => {
    expect(resolveClientAddress("198.51.100.9", "1.2.3.4", 0)).toBe("198.51.100.9");
    expect(resolveClientAddress("198.51.100.9", undefined, 0)).toBe("198.51.100.9");
  });

  it("with one trusted proxy, takes the address it appended, not the forged leftmost one", () => {
    // client forged "1.2.3.4"; the proxy appended the real client 203.0.113.5; the socket is the proxy.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(resolveClientAddress("10.0.0.2", ["1.2.3.4", "203.0.113.5"], 1)).toBe("203.0.113.5");
  });

  it("with two trusted proxies, looks one hop further", () => {
    expect(resolveClientAddress("10.0.0.3", "1.2.3.4, 203.0.113.5, 10.0.0.2", 2)).toBe(
      "203.0.113.5",
    );
  });

  it("never reads past the start of the chain", () => {
    expect(resolveClientAddress("10.0.0.2", "", 3)).toBe("10.0.0.2");
    expect(resolveClientAddress(undefined, undefined, 0)).toBeNull();
  });
});
