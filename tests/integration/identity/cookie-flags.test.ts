import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function cookieModule() {
  vi.resetModules();
  return import("~/server/auth/session-cookie");
}

describe("session cookie flags", () => {
  it("is Secure and __Host- prefixed when the app is served over https", async () => {
    vi.stubEnv("APP_URL", "https://guild.example.com");
    const { secureCookies, SESSION_COOKIE } = await cookieModule();
    expect(secureCookies).toBe(true);
    expect(SESSION_COOKIE).toBe("__Host-guild.session");
  });

  it("drops Secure only for plain-http origins (local development and demos)", async () => {
    vi.stubEnv("APP_URL", undefined);
    const { secureCookies, SESSION_COOKIE } = await cookieModule();
    expect(secureCookies).toBe(false);
    expect(SESSION_COOKIE).toBe("guild.session");
  });
});
