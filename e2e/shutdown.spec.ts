import net from "node:net";
import { expect, test } from "@playwright/test";

import { jsonLines, startStandalone, type StandaloneServer } from "./standalone-server";

// Each test starts (and signals) its own standalone server; no browser is involved.
test.describe.configure({ mode: "serial" });

/**
 * A request the server is handling but cannot finish: the headers ask for 100 Continue,
 * which Node sends as it hands the request to Next, then only half the body follows.
 * It stays in flight until `finish()` sends the rest.
 */
async function holdRequestOpen(url: string) {
  const { hostname, port, host } = new URL(url);
  const body = JSON.stringify({ json: { email: "nobody@example.com" } });
  const half = Math.floor(body.length / 2);
  const socket = net.connect(Number(port), hostname);
  let received = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (received += chunk));
  socket.on("error", () => undefined); // the timeout test's server drops it
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.write(
    [
      "POST /api/trpc/auth.requestPasswordReset HTTP/1.1",
      `Host: ${host}`,
      "Content-Type: application/json",
      `Content-Length: ${body.length}`,
      "Expect: 100-continue",
      "",
      "",
    ].join("\r\n"),
  );
  await expect.poll(() => received).toContain("HTTP/1.1 100 Continue");
  socket.write(body.slice(0, half));
  return {
    /** Sends the rest of the body; resolves with everything received once the server closes the connection. */
    finish: async () => {
      socket.write(body.slice(half));
      await closed;
      return received;
    },
    abandon: () => socket.destroy(),
  };
}

/** Opens a fresh TCP connection: "connected", or the error code (ECONNREFUSED once closed). */
function connect(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

function shutdownLines(server: StandaloneServer) {
  return jsonLines(server.logs()).filter((line) => line.msg === "shutdown");
}

function shutdownSteps(server: StandaloneServer) {
  return shutdownLines(server).map((line) => line.step);
}

test("on SIGTERM it refuses new connections, finishes the request in flight, closes the database and exits 0", async () => {
  const server = await startStandalone({});
  const inFlight = await holdRequestOpen(server.url);
  try {
    const stopped = server.stop("SIGTERM");
    await expect.poll(() => shutdownSteps(server)).toContain("stopping");
    expect(await connect(server.url)).toBe("ECONNREFUSED");

    const released = performance.now();
    const response = await inFlight.finish();
    expect(response).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
    expect(await stopped).toEqual({ code: 0, signal: null });
    // Well inside Node's 5 s keep-alive timeout: the finished request's connection was
    // closed at once, not left to time out.
    expect(performance.now() - released).toBeLessThan(4_000);

    const lines = shutdownLines(server);
    expect(lines[0]).toMatchObject({ level: "info", step: "stopping", signal: "SIGTERM" });
    expect(lines.map((line) => line.step)).toEqual([
      "stopping",
      "requests finished",
      // The job worker stopped taking jobs at "stopping" and finished what it ran.
      "drained",
      "deferred work finished",
      ...lines.filter((line) => line.step === "closed").map(() => "closed"),
      "exit",
    ]);
    expect(lines).toContainEqual(expect.objectContaining({ step: "closed", resource: "database" }));
    expect(lines.at(-1)).toMatchObject({ step: "exit", code: 0 });
    // The in-flight request was served and logged like any other.
    expect(jsonLines(server.logs())).toContainEqual(
      expect.objectContaining({
        msg: "request",
        path: "/api/trpc/auth.requestPasswordReset",
        status: 200,
      }),
    );
  } finally {
    inFlight.abandon();
    await server.stop();
  }
});

test("a request that outlasts SHUTDOWN_TIMEOUT_MS does not hold the process: it exits 1", async () => {
  const server = await startStandalone({ SHUTDOWN_TIMEOUT_MS: "1000" });
  const inFlight = await holdRequestOpen(server.url);
  try {
    expect(await server.stop("SIGTERM")).toEqual({ code: 1, signal: null });
    expect(shutdownLines(server)).toContainEqual(
      expect.objectContaining({ level: "error", step: "timed out", waitingFor: "requests" }),
    );
  } finally {
    inFlight.abandon();
  }
});

test("a second signal exits at once", async () => {
  const server = await startStandalone({});
  const inFlight = await holdRequestOpen(server.url);
  try {
    const first = server.stop("SIGTERM");
    await expect.poll(() => shutdownSteps(server)).toContain("stopping");
    expect(await server.stop("SIGINT")).toEqual({ code: 1, signal: null });
    await first;
    expect(shutdownLines(server)).toContainEqual(
      expect.objectContaining({ level: "warn", step: "forced", signal: "SIGINT" }),
    );
  } finally {
    inFlight.abandon();
  }
});
