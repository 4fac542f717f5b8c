import "server-only";

import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

import type { Logger } from "./logger";
import { metrics, routeClass } from "./metrics";
import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "./request-id";

interface HttpMessage {
  request: IncomingMessage;
  response: ServerResponse;
}

/** Probes hit these every few seconds: logged at debug so they don't drown real traffic. */
const QUIET_PATHS = new Set(["/api/health/live", "/api/health/ready"]);

let subscribed = false;

/**
 * One JSON line per HTTP request, written when the response finishes, with the status
 * and duration the client saw. Node's http diagnostics channels see every request the
 * server handles (pages, API routes, static files), whichever server runs Next.
 */
export function logEveryRequest(log: Logger) {
  if (subscribed) return;
  subscribed = true;
  const started = new WeakMap<IncomingMessage, number>();

  diagnostics.subscribe("http.server.request.start", (message) => {
    started.set((message as HttpMessage).request, performance.now());
  });

  diagnostics.subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as HttpMessage;
    const start = started.get(request);
    const durationMs =
      start === undefined ? null : Math.round((performance.now() - start) * 100) / 100;
    const echoed = response.getHeader(REQUEST_ID_HEADER);
    const requestId =
      typeof echoed === "string"
        ? echoed
        : acceptOrCreateRequestId(request.headers[REQUEST_ID_HEADER] as string | undefined);
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const line = {
      requestId,
      method: request.method,
      path,
      status: response.statusCode,
      durationMs,
    };
    const labels = {
      route: routeClass(path),
      method: request.method ?? "GET",
      status: String(response.statusCode),
    };
    metrics().httpRequests.inc(labels);
    if (durationMs !== null) metrics().httpDuration.observe(labels, durationMs / 1000);
    if (response.statusCode >= 500) log.error(line, "request");
    else if (QUIET_PATHS.has(path)) log.debug(line, "request");
    else log.info(line, "request");
  });
}
