import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

/**
 * The client's address as the closest trusted party saw it: with no proxy in front, the
 * socket's peer; with `hops` proxies, the address the outermost trusted one appended to
 * X-Forwarded-For. Anything further left is whatever the client wrote, never trusted.
 */
export function resolveClientAddress(
  socketAddress: string | null | undefined,
  forwardedFor: string | string[] | null | undefined,
  hops: number,
): string | null {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? ""];
  const address = chain[Math.max(0, chain.length - 1 - hops)] ?? "";
  return address ? address.slice(0, 64) : null;
}

/**
 * App Router handlers cannot see the socket, so the address is handed to them in a request
 * header stamped before Next reads the request. Its name is random per process, so a
 * client cannot send one of its own. Kept on globalThis: route bundles and the
 * instrumentation bundle each have their own copy of this module.
 */
const HEADER_KEY = Symbol.for("guild.clientAddressHeader");

export function clientAddressHeader(): string {
  const store = globalThis as { [HEADER_KEY]?: string };
  store[HEADER_KEY] ??= `x-guild-client-address-${crypto.randomUUID().slice(0, 8)}`;
  return store[HEADER_KEY];
}

let stamping = false;

/** Stamps every incoming request with its client address (called once at server start). */
export function stampClientAddresses(hops: number) {
  if (stamping) return;
  stamping = true;
  const header = clientAddressHeader();
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const address = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers["x-forwarded-for"],
      hops,
    );
    if (address) request.headers[header] = address;
  });
}
