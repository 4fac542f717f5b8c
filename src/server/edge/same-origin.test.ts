import { describe, expect, it } from "vitest";

import { isCrossOriginWrite } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://guild.test/api/trpc/account.revokeOtherSessions", {
    method: "POST",
    headers: { host: "guild.test", ...headers },
  });

describe("isCrossOriginWrite", () => {
  it("lets same-origin browser posts and non-browser clients through", () => {
    expect(isCrossOriginWrite(post({ "sec-fetch-site": "same-origin" }), 0)).toBe(false);
    expect(isCrossOriginWrite(post({ origin: "http://guild.test" }), 0)).toBe(false);
    expect(isCrossOriginWrite(post({}), 0)).toBe(false);
  });

  it("refuses posts from other sites, sibling subdomains and mismatched origins", () => {
    expect(isCrossOriginWrite(post({ "sec-fetch-site": "cross-site" }), 0)).toBe(true);
    expect(isCrossOriginWrite(post({ "sec-fetch-site": "same-site" }), 0)).toBe(true);
    expect(isCrossOriginWrite(post({ origin: "http://evil.example" }), 0)).toBe(true);
    expect(isCrossOriginWrite(post({ origin: "null" }), 0)).toBe(true);
  });

  it("never blocks reads", () => {
    const get = new Request("http://guild.test/api/trpc/project.listOpen", {
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(isCrossOriginWrite(get, 0)).toBe(false);
  });
});
