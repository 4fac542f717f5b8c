import { expect, test } from "@playwright/test";

import { startSqld } from "../tests/helpers/sqld";
import { freePort, jsonLines, startStandalone } from "./standalone-server";

// These start their own servers from the standalone output, the way the Dockerfile runs it.
test.describe.configure({ mode: "serial" });

test("the standalone server migrates a new database, seeds nothing, serves and logs JSON", async () => {
  const server = await startStandalone({});
  try {
    await expect.poll(async () => (await fetch(`${server.url}/api/health/ready`)).status).toBe(200);

    const page = await fetch(`${server.url}/projects`, {
      headers: { "x-request-id": "standalone-check-1" },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get("x-request-id")).toBe("standalone-check-1");
    // A production database without demo mode starts empty: the page says so.
    expect(await page.text()).toContain("No open projects right now");

    const css = await fetch(
      `${server.url}${/href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await fetch(`${server.url}/`)).text())?.[1]}`,
    );
    expect(css.status).toBe(200);

    await expect
      .poll(() =>
        jsonLines(server.logs()).find(
          (l) => l.msg === "request" && l.requestId === "standalone-check-1",
        ),
      )
      .toMatchObject({
        level: "info",
        method: "GET",
        path: "/projects",
        status: 200,
      });
    const lines = jsonLines(server.logs());
    const request = lines.find((l) => l.msg === "request" && l.requestId === "standalone-check-1")!;
    expect(typeof request.durationMs).toBe("number");
    expect(typeof request.time).toBe("string");
    const procedures = lines.filter(
      (l) => l.msg === "procedure" && l.requestId === "standalone-check-1",
    );
    expect(procedures.map((l) => l.procedure).sort()).toEqual([
      "marketplace.skills",
      "marketplace.stats",
      "project.listOpen",
    ]);
    expect(procedures.every((l) => l.code === "OK" && typeof l.durationMs === "number")).toBe(true);
    expect(lines.some((l) => l.msg === "migrations applied")).toBe(true);
  } finally {
    await server.stop();
  }
});

test("with demo mode the standalone server seeds demo data and lists it", async () => {
  const server = await startStandalone({
    GUILD_DEMO_MODE: "true",
    AUTH_SECRET: "",
  });
  try {
    await expect.poll(async () => (await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
    const html = await (await fetch(`${server.url}/projects`)).text();
    expect(html.match(/<article/g)?.length).toBe(20);
  } finally {
    await server.stop();
  }
});

test("pointed at a libSQL server (Turso's sqld), it migrates it, seeds the demo and serves from it", async () => {
  const sqld = await startSqld();
  const server = await startStandalone({
    DATABASE_URL: sqld.url,
    GUILD_DEMO_MODE: "true",
  });
  try {
    await expect.poll(async () => (await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
    const html = await (await fetch(`${server.url}/projects`)).text();
    expect(html.match(/<article/g)?.length).toBe(20);
  } finally {
    await server.stop();
    await sqld.stop();
  }
});

test("ready is 503 with a reason while the database is unreachable, and live stays 200", async () => {
  const closedPort = await freePort();
  const server = await startStandalone({
    DATABASE_URL: `http://127.0.0.1:${closedPort}`,
  });
  try {
    const ready = await fetch(`${server.url}/api/health/ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; reason: string };
    expect(body.status).toBe("not_ready");
    expect(body.reason).toMatch(/^database unreachable: /);
    expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
    expect(
      jsonLines(server.logs()).some(
        (l) => l.level === "error" && l.msg === "database start-up failed; will retry",
      ),
    ).toBe(true);
  } finally {
    await server.stop();
  }
});

test("production refuses to start without AUTH_SECRET and names the variable", async () => {
  await expect(startStandalone({ AUTH_SECRET: "" })).rejects.toThrow(
    /AUTH_SECRET: is required in production/,
  );
});

test("on BullMQ the web server relays its jobs and the bundled worker.mjs sends the mail", async () => {
  const { spawn } = await import("node:child_process");
  const { mkdtempSync, readdirSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const { startRedis } = await import("../tests/helpers/redis-server");
  const redis = await startRedis();
  const dir = mkdtempSync(path.join(tmpdir(), "guild-worker-"));
  const shared = {
    REDIS_URL: redis.url,
    JOBS_INLINE: "false",
    DATABASE_URL: `file:${path.join(dir, "guild.db")}`,
    MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    GUILD_DEMO_MODE: "true",
  };
  const server = await startStandalone(shared);
  const worker = spawn(process.execPath, ["worker.mjs"], {
    cwd: path.resolve(".next/standalone"),
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      AUTH_SECRET: "standalone-test-secret-that-is-long-enough",
      APP_URL: server.url,
      ...shared,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const workerLines: string[] = [];
  const collect = (chunk: Buffer) => workerLines.push(...chunk.toString().split("\n"));
  worker.stdout.on("data", collect);
  worker.stderr.on("data", collect);
  try {
    await expect
      .poll(async () => (await fetch(`${server.url}/api/health/ready`)).json())
      .toEqual({
        status: "ready",
        checks: { database: "ok", migrations: "current", jobs: "bullmq" },
      });
    const asked = await fetch(`${server.url}/api/trpc/auth.requestPasswordReset`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: JSON.stringify({ json: { email: "client@guild.example" } }),
    });
    expect(asked.status).toBe(200);
    // The web process works no jobs: the mail comes from the worker process.
    await expect
      .poll(
        () => {
          try {
            return readdirSync(shared.MAIL_OUTBOX_DIR).filter((name) => name.endsWith(".eml"));
          } catch {
            return [];
          }
        },
        { timeout: 20_000 },
      )
      .toEqual([expect.stringContaining("client@guild.example")]);
    // The job is marked done (and says so) just after its mail is written.
    const doneLine = () => jsonLines(workerLines).find((line) => line.msg === "job done");
    await expect
      .poll(doneLine, { timeout: 10_000 })
      .toMatchObject({ job: "mail.email_link", process: "worker" });
    const done = doneLine();
    expect(typeof done?.requestId).toBe("string");
    expect(jsonLines(server.logs()).some((line) => line.msg === "job done")).toBe(false);
  } finally {
    worker.kill("SIGTERM");
    await server.stop();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ready is 503 naming Redis while the job engine's Redis is unreachable", async () => {
  const server = await startStandalone({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
  try {
    const ready = await fetch(`${server.url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not_ready",
      reason: expect.stringContaining("Redis for jobs unreachable") as unknown,
    });
    expect((await fetch(`${server.url}/api/health/live`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});
