import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** Starts the Docker image's entry point, `node .next/standalone/server.js`, as the image would. */
export interface StandaloneServer {
  url: string;
  /** The server process's id (benchmarks read its CPU time). */
  pid: number;
  logs: () => string[];
  /** Sends `signal` (SIGTERM by default) and resolves with how the process ended. */
  stop: (signal?: NodeJS.Signals) => Promise<ServerExit>;
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** `root`: the checkout whose build to start (benchmarks compare another commit's build). */
export async function startStandalone(
  env: Record<string, string>,
  { root = "." }: { root?: string } = {},
): Promise<StandaloneServer> {
  const serverJs = path.resolve(root, ".next/standalone/server.js");
  if (!existsSync(serverJs))
    throw new Error(`No standalone build in ${root}: run \`npm run build\` first.`);
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "guild-standalone-"));
  const lines: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [serverJs], {
    cwd: path.dirname(serverJs),
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dataDir, "guild.db")}`,
      AUTH_SECRET: "standalone-test-secret-that-is-long-enough",
      APP_URL: `http://127.0.0.1:${port}`,
      // Production refuses the sandbox payment provider; Stripe is configured but never called.
      PAYMENTS_PROVIDER: "stripe",
      STRIPE_SECRET_KEY: "sk_test_standalone_never_called",
      STRIPE_WEBHOOK_SECRET: "whsec_standalone_never_called",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let buffered = "";
  const collect = (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    lines.push(...parts);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  const fail = (message: string) => {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    return new Error(`${message}:\n${lines.join("\n")}`);
  };
  for (;;) {
    if (child.exitCode !== null) throw fail("standalone server exited");
    try {
      if ((await fetch(`${url}/api/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw fail("standalone server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    pid: child.pid ?? 0,
    logs: () => [...lines],
    stop: async (signal = "SIGTERM") => {
      const exit = await new Promise<ServerExit>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolve({ code: child.exitCode, signal: child.signalCode });
        child.once("exit", (code, exitSignal) => resolve({ code, signal: exitSignal }));
        child.kill(signal);
      });
      // Its own database and outbox go with it.
      rmSync(dataDir, { recursive: true, force: true });
      return exit;
    },
  };
}

/** The JSON log lines, parsed; anything else the server printed is skipped. */
export function jsonLines(lines: string[]): Record<string, unknown>[] {
  return lines.flatMap((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return typeof value === "object" && value !== null ? [value as Record<string, unknown>] : [];
    } catch {
      return [];
    }
  });
}
