import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "~/server/observability/request-id";

/** Who is asking, as far as the network can tell: recorded on sessions and audit events. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** The origin the client used (from Host and X-Forwarded-Proto); APP_URL wins in links. */
  origin: string | null;
}

/**
 * The client address is the one the closest trusted proxy saw: with `trustedHops` proxies
 * in front, the `trustedHops`-th address from the right of X-Forwarded-For (Next's own
 * server appends the socket address as the last one). The leftmost value is whatever the
 * client sent and is never trusted.
 */
export function clientIp(headers: Headers, trustedHops: number): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return null;
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return chain[index]?.slice(0, 64) ?? null;
}

export function requestMetaFrom(headers: Headers, trustedHops: number): RequestMeta {
  return {
    ip: clientIp(headers, trustedHops),
    userAgent: headers.get("user-agent")?.slice(0, 400) ?? null,
    requestId: acceptOrCreateRequestId(headers.get(REQUEST_ID_HEADER)),
    origin: originFrom(headers),
  };
}

function originFrom(headers: Headers): string | null {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
