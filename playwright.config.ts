import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * End to end against the production build (`npm run build` first): its standalone server
 * (what `npm start` and the Docker image run) on a free port, with a fresh embedded
 * database seeded with demo data. Values are put in the
 * environment once, so Playwright's worker processes inherit the same port and database.
 */
process.env.E2E_PORT ??= execFileSync(process.execPath, [
  "-e",
  "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
])
  .toString()
  .trim();
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "guild-e2e-"));

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [["list"]],
  // CI machines are slow and run two workers beside the server on two cores: a generous budget
  // there (test.slow() triples it) so a loaded runner is not a failure; locally the tight default.
  timeout: process.env.CI ? 90_000 : 30_000,
  expect: { timeout: process.env.CI ? 15_000 : 5_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "mobile",
      use: { ...devices["Pixel 7"], channel: undefined },
      testMatch: /browse-projects\.spec\.ts/,
    },
  ],
  webServer: {
    command: "bash scripts/start.sh",
    url: `${baseURL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: `file:${path.join(process.env.E2E_DATA_DIR, "e2e.db")}`,
      GUILD_DEMO_MODE: "true",
      MAIL_OUTBOX_DIR: path.join(process.env.E2E_DATA_DIR, "outbox"),
      // Every test comes from 127.0.0.1: generous limits here; e2e/rate-limits.spec.ts tests the real ones.
      RATE_LIMITS: "reads=100000/1m,mutations=100000/1m,authIp=100000/1m,signInAccount=1000/15m",
      LOG_LEVEL: "warn",
      // e2e/webhooks.spec.ts delivers to a receiver on the test's own loopback port.
      WEBHOOKS_ALLOW_LOOPBACK: "true",
    },
  },
});
