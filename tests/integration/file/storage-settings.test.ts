import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** The file settings: validated with messages naming them, and the backend they choose. */
async function load() {
  vi.resetModules();
  const { env } = await import("~/env");
  const { defaultFilesDir, storageFromEnv } = await import("~/server/storage/get-storage");
  return { env, defaultFilesDir, storageFromEnv };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("file settings", () => {
  it("keep files beside the embedded database by default, never under public/", async () => {
    const { env, defaultFilesDir } = await load();
    expect(env.FILES_MAX_BYTES).toBe(25 * 1024 * 1024);
    expect(defaultFilesDir("file:./data/guild.db")).toBe(path.resolve("data", "files"));
    expect(defaultFilesDir("file:/srv/guild/db.sqlite?mode=rwc")).toBe("/srv/guild/files");
    expect(defaultFilesDir("libsql://guild.turso.io")).toBe(path.resolve("data", "files"));
    expect(defaultFilesDir("file::memory:")).toBe(path.resolve("data", "files"));
  });

  it("choose the backend from the environment alone", async () => {
    vi.stubEnv("FILES_DIR", "/tmp/guild-files-here");
    let { storageFromEnv } = await load();
    expect(storageFromEnv()).toMatchObject({ kind: "local", root: "/tmp/guild-files-here" });

    vi.stubEnv("S3_BUCKET", "guild");
    vi.stubEnv("S3_ENDPOINT", "http://127.0.0.1:9000");
    ({ storageFromEnv } = await load());
    const s3 = storageFromEnv();
    expect(s3.kind).toBe("s3");
    if (s3.kind !== "s3") return;
    expect(s3.settings).toMatchObject({ bucket: "guild", region: "us-east-1" });
    expect(await s3.client.config.forcePathStyle).toBe(true);
    expect(s3.client.config.requestChecksumCalculation).toBeDefined();
    expect(await s3.client.config.requestChecksumCalculation()).toBe("WHEN_REQUIRED");
  });

  it("name what is wrong", async () => {
    vi.stubEnv("CLAMAV_URL", "clamd:3310");
    await expect(load()).rejects.toThrow(/CLAMAV_URL: must look like tcp:\/\/host:3310/);
    vi.stubEnv("CLAMAV_URL", "tcp://clamav:3310");
    vi.stubEnv("S3_ACCESS_KEY_ID", "only-one");
    await expect(load()).rejects.toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    vi.stubEnv("S3_ACCESS_KEY_ID", undefined);
    vi.stubEnv("FILES_MAX_BYTES", "lots");
    await expect(load()).rejects.toThrow(/FILES_MAX_BYTES/);
  });
});
