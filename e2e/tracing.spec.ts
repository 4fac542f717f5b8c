import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

import { startRedis } from "../tests/helpers/redis-server";
import { jsonLines, startStandalone } from "./standalone-server";

// These start their own servers from the standalone output, the way the Dockerfile runs it.
test.describe.configure({ mode: "serial" });

interface Export {
  contentType: string | undefined;
  body: Buffer;
}

/**
 * An OpenTelemetry collector as far as an exporter can tell: it takes OTLP/HTTP posts to
 * /v1/traces and keeps their bodies. Protobuf keeps strings and ids as plain bytes, so a test
 * can look for a span's name or a trace id in a body without decoding it.
 */
async function startCollector() {
  const exports: Export[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/v1/traces")
        exports.push({ contentType: req.headers["content-type"], body: Buffer.concat(chunks) });
      res.statusCode = req.url === "/v1/traces" ? 200 : 404;
      res.setHeader("content-type", "application/x-protobuf");
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exports,
    /** The export bodies that hold every one of `parts` (strings, or a trace id's bytes). */
    holding: (...parts: (string | Buffer)[]) =>
      exports.filter((sent) => parts.every((part) => sent.body.includes(part))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Spans leave in batches: a short delay so the test need not wait the default 5 s. */
const tracing = (collector: string) => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: collector,
  OTEL_BSP_SCHEDULE_DELAY: "100",
});

test("with OTEL_EXPORTER_OTLP_ENDPOINT the standalone server sends its spans, and log lines name their trace", async () => {
  const collector = await startCollector();
  const server = await startStandalone(tracing(collector.url));
  try {
    const page = await fetch(`${server.url}/projects`, {
      headers: { "x-request-id": "tracing-check-1" },
    });
    expect(page.status).toBe(200);

    await expect
      .poll(() =>
        jsonLines(server.logs()).find(
          (line) => line.msg === "procedure" && line.requestId === "tracing-check-1",
        ),
      )
      .toMatchObject({ traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const procedure = jsonLines(server.logs()).find(
      (line) =>
        line.msg === "procedure" &&
        line.requestId === "tracing-check-1" &&
        line.procedure === "project.listOpen",
    )!;
    const traceId = Buffer.from(String(procedure.traceId), "hex");

    // The page's request, its procedure and the procedure's statements reach the collector.
    await expect
      .poll(() => collector.holding(traceId, "trpc project.listOpen", "db SELECT").length)
      .toBeGreaterThan(0);
    // Next's own span for the request is the root of the same trace.
    await expect
      .poll(() => collector.holding(traceId, "GET /projects", "guild").length)
      .toBeGreaterThan(0);
    expect(collector.exports[0]!.contentType).toBe("application/x-protobuf");
    // The request's own log line, written as the response finishes, names the same trace.
    await expect
      .poll(() =>
        jsonLines(server.logs()).find(
          (line) => line.msg === "request" && line.requestId === "tracing-check-1",
        ),
      )
      .toMatchObject({ traceId: procedure.traceId });
    expect(jsonLines(server.logs()).some((line) => line.msg === "tracing on")).toBe(true);
  } finally {
    await server.stop();
    await collector.close();
  }
});

test("without it the standalone server loads no tracing and its log lines carry no trace id", async () => {
  const server = await startStandalone({});
  try {
    expect((await fetch(`${server.url}/projects`)).status).toBe(200);
    await expect
      .poll(() => jsonLines(server.logs()).filter((line) => line.msg === "procedure").length)
      .toBeGreaterThan(0);
    const lines = jsonLines(server.logs());
    expect(lines.some((line) => "traceId" in line)).toBe(false);
    expect(lines.some((line) => line.msg === "tracing on")).toBe(false);
  } finally {
    await server.stop();
  }
});

test("a job the bundled worker.mjs runs continues the trace of the request that enqueued it", async () => {
  // Two processes, Redis and the demo seed: a loaded runner needs more than one budget.
  test.slow();
  const collector = await startCollector();
  const redis = await startRedis();
  const dir = mkdtempSync(path.join(tmpdir(), "guild-tracing-"));
  const shared = {
    ...tracing(collector.url),
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
    await expect.poll(async () => (await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
    const asked = await fetch(`${server.url}/api/trpc/auth.requestPasswordReset`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: server.url,
        "x-request-id": "tracing-check-2",
      },
      body: JSON.stringify({ json: { email: "client@guild.example" } }),
    });
    expect(asked.status).toBe(200);

    await expect
      .poll(() => jsonLines(workerLines).find((line) => line.msg === "job done"), {
        timeout: 20_000,
      })
      .toMatchObject({ job: "mail.email_link", requestId: "tracing-check-2" });
    const request = jsonLines(server.logs()).find(
      (line) => line.msg === "procedure" && line.requestId === "tracing-check-2",
    )!;
    const run = jsonLines(workerLines).find((line) => line.msg === "job done")!;
    expect(run.traceId).toBe(request.traceId);
    expect(run.spanId).not.toBe(request.spanId);

    const traceId = Buffer.from(String(request.traceId), "hex");
    await expect
      .poll(() => collector.holding(traceId, "guild-worker", "job mail.email_link").length)
      .toBeGreaterThan(0);
    await expect
      .poll(() => collector.holding(traceId, "trpc auth.requestPasswordReset").length)
      .toBeGreaterThan(0);
  } finally {
    worker.kill("SIGTERM");
    await server.stop();
    await redis.stop();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
