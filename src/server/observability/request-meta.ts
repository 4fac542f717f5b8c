import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "./request-id";
import { clientAddressHeader } from "./client-address";

/** Who is asking, as far as the network can tell: recorded on sessions and audit events. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** The origin the client used (from Host and X-Forwarded-Proto); APP_URL wins in links. */
  origin: string | null;
}

/** The address stamped on the request at the socket (see client-address.ts), or null outside a server. */
export function clientIp(headers: Headers): string | null {
  return headers.get(clientAddressHeader());
}

export function requestMetaFrom(headers: Headers, trustedHops: number): RequestMeta {
  return {
    ip: clientIp(headers),
    userAgent: headers.get("user-agent")?.slice(0, 400) ?? null,
    requestId: acceptOrCreateRequestId(headers.get(REQUEST_ID_HEADER)),
    origin: originFrom(headers, trustedHops),
  };
}

/** Forwarded host and protocol headers count only when a trusted proxy set them. */
function originFrom(headers: Headers, trustedHops: number): string | null {
  const host = (trustedHops > 0 ? headers.get("x-forwarded-host") : null) ?? headers.get("host");
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host)) return null;
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
