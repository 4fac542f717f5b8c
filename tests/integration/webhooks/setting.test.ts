import { afterEach, describe, expect, it, vi } from "vitest";

/** WEBHOOKS_ALLOW_LOOPBACK is for tests and local development: production refuses to start with it. */
async function loadEnv() {
  vi.resetModules();
  return (await import("~/env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

function production() {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("GUILD_DEMO_MODE", undefined);
  vi.stubEnv("AUTH_SECRET", "x".repeat(32));
  vi.stubEnv("APP_URL", "https://guild.example.com");
  vi.stubEnv("PAYMENTS_PROVIDER", "stripe");
  vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_123456");
  vi.stubEnv("STRIPE_WEBHOOK_SECRET", "whsec_123456");
}

describe("WEBHOOKS_ALLOW_LOOPBACK", () => {
  it("is off unless set, and may be set in development and tests", async () => {
    vi.stubEnv("WEBHOOKS_ALLOW_LOOPBACK", undefined);
    expect((await loadEnv()).WEBHOOKS_ALLOW_LOOPBACK).toBe(false);
    vi.stubEnv("WEBHOOKS_ALLOW_LOOPBACK", "true");
    expect((await loadEnv()).WEBHOOKS_ALLOW_LOOPBACK).toBe(true);
  });

  it("stops a production server from starting, naming the variable", async () => {
    production();
    vi.stubEnv("WEBHOOKS_ALLOW_LOOPBACK", "false");
    expect((await loadEnv()).WEBHOOKS_ALLOW_LOOPBACK).toBe(false);
    vi.stubEnv("WEBHOOKS_ALLOW_LOOPBACK", "true");
    await expect(loadEnv()).rejects.toThrow(
      /WEBHOOKS_ALLOW_LOOPBACK: would let anyone .* refused in production/,
    );
  });

  it("is allowed in the throwaway demo mode, like the sandbox payment provider", async () => {
    production();
    vi.stubEnv("GUILD_DEMO_MODE", "true");
    vi.stubEnv("WEBHOOKS_ALLOW_LOOPBACK", "true");
    expect((await loadEnv()).WEBHOOKS_ALLOW_LOOPBACK).toBe(true);
  });
});
