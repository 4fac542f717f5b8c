import http from "node:http";

import { smallPage } from "./limit-response";

/**
 * Requests Next cannot even turn into a web `Request` (TRACE and TRACK are forbidden methods
 * there; a request target that is not a path cannot be a URL) fail inside the framework with a
 * 500 before src/proxy.ts runs. They are answered here, at the Node server's door, with the
 * same small page the edge uses.
 */
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK"]);

export function refusalAtTheDoor(method: string | undefined, target: string | undefined) {
  if (method && FORBIDDEN_METHODS.has(method.toUpperCase()))
    return { status: 405, message: "This method is not allowed here." };
  if (!target?.startsWith("/")) return { status: 400, message: "This address is not valid." };
  return null;
}

let installed = false;

export function guardTheFrontDoor() {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function guardedEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = refusalAtTheDoor(request.method, request.url);
      if (refusal) {
        response.writeHead(refusal.status, {
          "Content-Type": "text/html; charset=utf-8",
          "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
          "X-Content-Type-Options": "nosniff",
          ...(refusal.status === 405 ? { Allow: "GET, HEAD, POST" } : {}),
        });
        response.end(smallPage("Bad request", "We couldn't handle that request", refusal.message));
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
