import { afterEach, describe, expect, it, vi } from "vitest";

async function loadEnv() {
  vi.resetModules();
  return (await import("~/env")).env;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("env", () => {
  it("defaults to the embedded database with no configuration", async () => {
    vi.stubEnv("DATABASE_URL", undefined);
    const env = await loadEnv();
    expect(env.DATABASE_URL).toBe("file:./data/guild.db");
    expect(env.MIGRATIONS_DIR).toBe("drizzle");
  });

  it("names the variable that is wrong", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://somewhere/db");
    await expect(loadEnv()).rejects.toThrow(/DATABASE_URL: must start with file:/);
    vi.stubEnv("DATABASE_URL", "file:./x.db");
    vi.stubEnv("DATABASE_SYNC_INTERVAL_SECONDS", "soon");
    await expect(loadEnv()).rejects.toThrow(/DATABASE_SYNC_INTERVAL_SECONDS/);
  });

  it("requires AUTH_SECRET in production unless demo mode is chosen", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", undefined);
    vi.stubEnv("GUILD_DEMO_MODE", undefined);
    await expect(loadEnv()).rejects.toThrow(/AUTH_SECRET: is required in production/);

    vi.stubEnv("GUILD_DEMO_MODE", "true");
    expect((await loadEnv()).GUILD_DEMO_MODE).toBe(true);

    vi.stubEnv("GUILD_DEMO_MODE", undefined);
    vi.stubEnv("AUTH_SECRET", "x".repeat(32));
    await expect(loadEnv()).rejects.toThrow(/APP_URL: is required in production/);
    vi.stubEnv("APP_URL", "https://guild.example.com");
    await expect(loadEnv()).rejects.toThrow(/PAYMENTS_PROVIDER: the sandbox moves no real money/);
    vi.stubEnv("PAYMENTS_PROVIDER", "stripe");
    vi.stubEnv("STRIPE_SECRET_KEY", "sk_test_123456");
    vi.stubEnv("STRIPE_WEBHOOK_SECRET", "whsec_123456");
    expect((await loadEnv()).AUTH_SECRET).toHaveLength(32);
  });

  it("runs the sandbox payment provider by default and wants Stripe's keys for Stripe", async () => {
    expect((await loadEnv()).PAYMENTS_PROVIDER).toBe("sandbox");
    expect((await loadEnv()).PLATFORM_FEE_BPS).toBe(1000);
    vi.stubEnv("PAYMENTS_PROVIDER", "stripe");
    await expect(loadEnv()).rejects.toThrow(
      /STRIPE_SECRET_KEY: is required with PAYMENTS_PROVIDER=stripe/,
    );
  });

  it("wants both GitHub OAuth variables or neither", async () => {
    vi.stubEnv("AUTH_GITHUB_ID", "abc");
    await expect(loadEnv()).rejects.toThrow(
      /AUTH_GITHUB_SECRET: AUTH_GITHUB_ID and AUTH_GITHUB_SECRET/,
    );
    vi.stubEnv("AUTH_GITHUB_SECRET", "def");
    expect((await loadEnv()).AUTH_GITHUB_ID).toBe("abc");
  });

  it("selects Turso and embedded replicas by URL", async () => {
    vi.stubEnv("DATABASE_URL", "libsql://guild-acme.turso.io");
    vi.stubEnv("DATABASE_AUTH_TOKEN", "token");
    expect((await loadEnv()).DATABASE_URL).toBe("libsql://guild-acme.turso.io");
    vi.stubEnv("DATABASE_URL", "file:./data/replica.db");
    vi.stubEnv("DATABASE_SYNC_URL", "ftp://nope");
    await expect(loadEnv()).rejects.toThrow(/DATABASE_SYNC_URL/);
  });
});
