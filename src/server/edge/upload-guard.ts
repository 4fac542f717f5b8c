import { env } from "~/env";
import { clientIp } from "~/server/observability/request-meta";
import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "~/server/observability/request-id";
import { rateLimitHeaders, refusalMessage } from "./limit-response";
import { getRateLimiter } from "./rate-limiter";
import { isCrossOriginWrite } from "./same-origin";
import { securityHeaders } from "./security-headers";

/**
 * The proxy's work for the one route it does not see, the upload PUT (see the matcher in
 * src/proxy.ts): a request id, the security headers, no cross-site writes, and the `uploads`
 * limit per person (or address). Answers the headers every response of the route carries and,
 * when the request goes no further, the refusal.
 */
export async function guardUpload(request: Request, personId: string | null) {
  const requestId = acceptOrCreateRequestId(request.headers.get(REQUEST_ID_HEADER));
  const headers: Record<string, string> = {
    ...securityHeaders({ production: env.NODE_ENV === "production" }),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
    [REQUEST_ID_HEADER]: requestId,
  };
  if (isCrossOriginWrite(request, env.TRUSTED_PROXY_HOPS))
    return { headers, refusal: jsonAnswer(403, "Cross-site requests are not allowed.", headers) };
  if (env.PROXY_DISABLED) return { headers, refusal: null };
  const key = personId ? `user:${personId}` : `ip:${clientIp(request.headers) ?? "unknown"}`;
  const decision = await getRateLimiter().check("uploads", key);
  Object.assign(headers, rateLimitHeaders(decision));
  if (!decision.allowed)
    return {
      headers,
      refusal: jsonAnswer(decision.storeFailed ? 503 : 429, refusalMessage(decision), headers),
    };
  return { headers, refusal: null };
}

export function jsonAnswer(status: number, error: string, headers: Record<string, string>) {
  return Response.json({ error }, { status, headers });
}
