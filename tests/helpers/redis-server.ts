import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/**
 * A real redis-server on a free loopback port, without persistence, for tests whose
 * subject is Redis. `.ci/run` installs the Debian package when it is missing.
 */
export async function startRedis() {
  const port = await new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
    probe.once("error", reject);
  });
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {
        stdio: "ignore",
      },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = createServer().listen(port, "127.0.0.1");
        socket.once("listening", () => socket.close(() => resolve(false)));
        socket.once("error", () => resolve(true));
      });
      if (up) return;
      if (child.exitCode !== null)
        throw new Error("redis-server exited; is it installed? (apt-get install redis-server)");
      if (Date.now() > deadline) throw new Error("redis-server did not start");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      const current = child;
      if (!current || current.exitCode !== null) return resolve();
      current.once("exit", () => resolve());
      current.kill("SIGTERM");
    });
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, restart: start };
}
