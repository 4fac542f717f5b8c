import "server-only";

import diagnostics from "node:diagnostics_channel";
import type { Server } from "node:http";

import type { Logger } from "~/server/observability/logger";

/**
 * Graceful shutdown. On SIGTERM or SIGINT: stop accepting connections, let in-flight requests
 * and deferred work finish, run every close hook, exit 0. All of it within `timeoutMs`;
 * past that, or on a second signal, the process exits 1 at once.
 *
 * Next's server (next/dist/server/lib/start-server.js) has its own handler unless
 * NEXT_MANUAL_SIG_HANDLE is set: it waits for requests without a bound, knows nothing of
 * our connections, and exits 143. It is added before instrumentation runs, so installing
 * ours replaces it.
 */

/** Releases one resource (a database client, a Redis connection). */
export type CloseHook = () => unknown;

interface Registry {
  installed: boolean;
  stopping: boolean;
  hooks: { name: string; close: CloseHook }[];
  drains: { name: string; drain: (timeoutMs: number) => Promise<unknown> }[];
  deferred: Set<Promise<unknown>>;
  servers: Set<Server>;
  /** Aborted when shutdown starts: long-lived work (live streams) ends so requests can finish. */
  stop: AbortController;
}

// On globalThis: instrumentation, route handlers and pages are bundled apart, each with
// its own copy of this module, and a hook registered in any of them must run.
const KEY = Symbol.for("guild.shutdown");

function registry(): Registry {
  const store = globalThis as { [KEY]?: Registry };
  store[KEY] ??= {
    installed: false,
    stopping: false,
    hooks: [],
    drains: [],
    deferred: new Set(),
    servers: new Set(),
    stop: new AbortController(),
  };
  return store[KEY];
}

/**
 * Runs `close` at shutdown, after requests and deferred work have finished. Hooks run
 * concurrently, so one must not need another's resource.
 */
export function onShutdown(name: string, close: CloseHook): void {
  registry().hooks.push({ name, close });
}

/**
 * Runs `drain` as soon as shutdown starts, beside the server's stop: a worker stops taking
 * work and finishes what it runs within the time it is given (a little less than the
 * shutdown timeout). Close hooks run after every drain has ended.
 */
export function onDrain(name: string, drain: (timeoutMs: number) => Promise<unknown>): void {
  registry().drains.push({ name, drain });
}

/**
 * Work that outlives its response (what `after()` runs): shutdown waits for it before the
 * close hooks. Next's own handler waited for `after()` work; replacing it moves that here.
 */
export function finishBeforeShutdown<T>(work: Promise<T>): Promise<T> {
  const { deferred } = registry();
  deferred.add(work);
  const settled = () => void deferred.delete(work);
  work.then(settled, settled);
  return work;
}

/**
 * Aborts when shutdown starts. A live stream (SSE) never finishes by itself, so it would hold
 * the server until the timeout: it ends on this, and the browser reconnects to another
 * instance, resuming from its last event id.
 */
export function shutdownSignal(): AbortSignal {
  return registry().stop.signal;
}

/** Docker stops a container with SIGKILL 10 s after SIGTERM: finish before that. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 8_000;

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

function stopAccepting(server: Server): Promise<void> {
  // close() stops listening and drops idle keep-alive connections; busy ones are dropped as
  // their responses finish (below). The callback runs once the last connection is gone.
  return new Promise((resolve) => server.close(() => resolve()));
}

function elapsedMs(since: number) {
  return Math.round(performance.now() - since);
}

async function shutDown(log: Logger, signal: NodeJS.Signals, timeoutMs: number) {
  const state = registry();
  const started = performance.now();
  let waitingFor = "requests";
  const deadline = setTimeout(() => {
    log.error({ step: "timed out", waitingFor, timeoutMs }, "shutdown");
    process.exit(1);
  }, timeoutMs);

  // The server is known once it has seen a request (health probes make sure of that).
  // Without one nothing is in flight, and the process exits moments later anyway.
  log.info({ step: "stopping", signal, timeoutMs, servers: state.servers.size }, "shutdown");
  state.stop.abort();
  // Drains get most of the time, leaving the rest for the close hooks.
  const drainMs = Math.max(0, Math.floor(timeoutMs * 0.8) - 200);
  const drains = Promise.all(
    state.drains.map(({ name, drain }) =>
      drain(drainMs).catch((error: unknown) =>
        log.error({ step: "drain failed", resource: name, err: error }, "shutdown"),
      ),
    ),
  );
  await Promise.all([...state.servers].map(stopAccepting));
  log.info({ step: "requests finished", durationMs: elapsedMs(started) }, "shutdown");
  waitingFor = "drains";
  await drains;
  if (state.drains.length > 0)
    log.info({ step: "drained", durationMs: elapsedMs(started) }, "shutdown");

  waitingFor = "deferred work";
  const tasks = state.deferred.size;
  // Deferred work may defer more; wait until none is left.
  while (state.deferred.size > 0) await Promise.allSettled([...state.deferred]);
  log.info({ step: "deferred work finished", tasks, durationMs: elapsedMs(started) }, "shutdown");

  waitingFor = "close hooks";
  const results = await Promise.all(
    state.hooks.map(async ({ name, close }) => {
      const hookStarted = performance.now();
      try {
        await close();
        log.info(
          { step: "closed", resource: name, durationMs: elapsedMs(hookStarted) },
          "shutdown",
        );
        return true;
      } catch (error) {
        log.error({ step: "close failed", resource: name, err: error }, "shutdown");
        return false;
      }
    }),
  );

  clearTimeout(deadline);
  const code = results.every(Boolean) ? 0 : 1;
  log.info({ step: "exit", code, durationMs: elapsedMs(started) }, "shutdown");
  process.exit(code);
}

/**
 * Takes over SIGTERM and SIGINT for the process (once, whichever bundle calls it). Call it
 * from server start-up in production; `next dev` keeps Next's handler, which also closes
 * the dev server's hot-reload sockets.
 */
export function handleShutdownSignals(
  log: Logger,
  { timeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS }: { timeoutMs?: number } = {},
): void {
  const state = registry();
  if (state.installed) return;
  state.installed = true;

  // Next never hands its http.Server to the app; every request's diagnostics message does.
  diagnostics.subscribe("http.server.request.start", (message) => {
    state.servers.add((message as { server: Server }).server);
  });
  // Node closes keep-alive connections only when idle at close(); one busy then would stay
  // open until its keep-alive timeout. Drop it as soon as its response has gone out.
  diagnostics.subscribe("http.server.response.finish", (message) => {
    if (!state.stopping) return;
    const { server } = message as { server: Server };
    setImmediate(() => server.closeIdleConnections());
  });

  const onSignal = (signal: NodeJS.Signals) => {
    if (state.stopping) {
      log.warn({ step: "forced", signal }, "shutdown");
      process.exit(1);
    }
    state.stopping = true;
    shutDown(log, signal, timeoutMs).catch((error: unknown) => {
      log.error({ step: "failed", err: error }, "shutdown");
      process.exit(1);
    });
  };
  for (const signal of SIGNALS) {
    // Whatever is registered now is Next's handler (see the top of this file).
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.on(signal, onSignal);
  }
}
