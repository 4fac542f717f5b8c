import { readFileSync } from "node:fs";
import { get } from "node:http";

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may contain spaces; the fields after it are space-separated.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
}

/**
 * The server's event-loop delay p99 in milliseconds since the previous call: prom-client's
 * `nodejs_eventloop_lag_p99_seconds` (perf_hooks.monitorEventLoopDelay), whose histogram
 * restarts at every scrape. Call once before a load to start the window, once after to read it.
 */
export async function eventLoopP99(url: string): Promise<number> {
  // A fresh connection each time: a pooled one may have been closed by the server meanwhile.
  const text = await new Promise<string>((resolve, reject) =>
    get(`${url}/api/metrics`, { agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(body));
    }).on("error", reject),
  );
  const line = text.split("\n").find((l) => /^nodejs_eventloop_lag_p99_seconds[{ ]/.test(l));
  if (!line) throw new Error("no nodejs_eventloop_lag_p99_seconds in /api/metrics");
  return Number(line.split(" ").at(-1)) * 1000;
}

/** Runs `load` and reports the server's CPU per request and its event-loop p99 over it. */
export async function withServerFigures<T extends { requests: number }>(
  server: { url: string; pid: number },
  load: () => Promise<T>,
  { eventLoop = true }: { eventLoop?: boolean } = {},
) {
  if (eventLoop) await eventLoopP99(server.url);
  const before = cpuMs(server.pid);
  const result = await load();
  const cpuPerRequest = (cpuMs(server.pid) - before) / Math.max(1, result.requests);
  const loopP99 = eventLoop ? await eventLoopP99(server.url) : Number.NaN;
  return { ...result, cpuPerRequest, loopP99 };
}
