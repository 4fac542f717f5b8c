import { NextResponse, type NextRequest } from "next/server";

import { env } from "~/env";
import { clientIp } from "~/server/observability/request-meta";
import { sessionClaims, sessionToken } from "~/server/auth/session-cookie";
import {
  rateLimitHeaders,
  refusalMessage,
  smallPage,
  tooManyRequestsPage,
} from "~/server/edge/limit-response";
import type { PolicyName } from "~/server/edge/rate-limit-policies";
import { getRateLimiter, type LimitDecision } from "~/server/edge/rate-limiter";
import { refuseMalformed } from "~/server/edge/request-shape";
import { isCrossOriginWrite } from "~/server/edge/same-origin";
import { DOCS_CSP } from "~/server/edge/docs-csp";
import { FILE_CSP } from "~/server/edge/file-headers";
import {
  bucketOrigin,
  contentSecurityPolicy,
  newNonce,
  securityHeaders,
} from "~/server/edge/security-headers";
import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "~/server/observability/request-id";
import { codeForStatus, envelope } from "~/shared/error-envelope";

/**
 * The edge of every request: a request id, a refusal of malformed requests and of cross-site
 * writes, rate limits, and the security headers (a fresh CSP nonce each time). tRPC calls
 * apply their limits themselves, where they can answer in the shape tRPC clients understand;
 * health checks and metrics are never limited.
 */
const production = env.NODE_ENV === "production";
const https = env.APP_URL?.startsWith("https://") ?? false;
/** Answers the edge writes itself carry no scripts, so they need no nonce. */
const EDGE_ANSWER_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** Which policy limits a request, decided from its path and method alone: never from a header. */
function limitFor(request: NextRequest, path: string): PolicyName | null {
  // Webhooks are checked by their signature before anything else, and a provider's retries must not be refused.
  if (
    path.startsWith("/api/health/") ||
    path === "/api/metrics" ||
    path.startsWith("/api/trpc/") ||
    // REST calls run through the same procedures, which limit them per token (or address).
    path.startsWith("/api/v1/") ||
    path.startsWith("/api/webhooks/")
  )
    return null;
  if (path.startsWith("/api/auth/") && request.method === "POST") return "authIp";
  // A page may show many pictures: fetching them does not spend the page views' budget.
  if (path.startsWith("/api/files/") && (request.method === "GET" || request.method === "HEAD"))
    return "downloads";
  return request.method === "GET" || request.method === "HEAD" ? "reads" : "mutations";
}

async function limitKey(request: NextRequest, policy: PolicyName, ip: string) {
  if (policy !== "mutations") return `ip:${ip}`;
  const claims = await sessionClaims(sessionToken(request.headers.get("cookie")));
  return claims?.sub ? `user:${claims.sub}` : `ip:${ip}`;
}

/** The edge's own answer: JSON for API routes, a small page for people. */
function edgeAnswer(
  path: string,
  status: number,
  message: string,
  headers: Record<string, string>,
  heading = "We couldn't handle that request",
) {
  const all = { ...headers, "Content-Security-Policy": EDGE_ANSWER_CSP };
  const requestId = headers[REQUEST_ID_HEADER] ?? "";
  return path.startsWith("/api/")
    ? NextResponse.json(envelope(codeForStatus(status), message, requestId), {
        status,
        headers: all,
      })
    : new NextResponse(smallPage(heading, heading, message), {
        status,
        headers: { ...all, "Content-Type": "text/html; charset=utf-8" },
      });
}

export async function proxy(request: NextRequest) {
  const requestId = acceptOrCreateRequestId(request.headers.get(REQUEST_ID_HEADER));
  if (env.PROXY_DISABLED) return NextResponse.next();

  const path = request.nextUrl.pathname;
  const baseline = { ...securityHeaders({ production }), [REQUEST_ID_HEADER]: requestId };

  const malformed = refuseMalformed({
    method: request.method,
    rawPath: path,
    search: request.nextUrl.search,
    headers: request.headers,
  });
  if (malformed?.status === 303)
    return new NextResponse(null, {
      status: 303,
      headers: { ...baseline, Location: new URL(malformed.location, request.url).toString() },
    });
  if (malformed) {
    const allow: Record<string, string> = malformed.allow ? { Allow: malformed.allow } : {};
    return edgeAnswer(path, malformed.status, malformed.message, { ...baseline, ...allow });
  }

  if (isCrossOriginWrite(request, env.TRUSTED_PROXY_HOPS))
    return edgeAnswer(path, 403, "Cross-site requests are not allowed.", baseline);

  let decision: LimitDecision | null = null;
  const policy = limitFor(request, path);
  if (policy) {
    const ip = clientIp(request.headers) ?? "unknown";
    decision = await getRateLimiter().check(policy, await limitKey(request, policy, ip));
    if (!decision.allowed) {
      const headers = { ...baseline, ...rateLimitHeaders(decision) };
      const status = decision.storeFailed ? 503 : 429;
      return path.startsWith("/api/")
        ? edgeAnswer(path, status, refusalMessage(decision), headers)
        : new NextResponse(tooManyRequestsPage(decision), {
            status,
            headers: {
              ...headers,
              "Content-Security-Policy": EDGE_ANSWER_CSP,
              "Content-Type": "text/html; charset=utf-8",
            },
          });
    }
  }

  const nonce = newNonce();
  // Stored files are never a page: their own sandboxing CSP, which this one must not replace
  // (Next keeps the proxy's header over the route's).
  const csp = path.startsWith("/api/files/")
    ? FILE_CSP
    : path === "/docs" || path.startsWith("/docs/")
      ? DOCS_CSP
      : contentSecurityPolicy(nonce, {
          development: env.NODE_ENV === "development",
          https,
          bucket: bucketOrigin(env),
          payments: env.PAYMENTS_PROVIDER,
        });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  // Next reads the CSP from the request to put the nonce on the scripts it renders.
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(baseline)) response.headers.set(name, value);
  if (decision)
    for (const [name, value] of Object.entries(rateLimitHeaders(decision)))
      response.headers.set(name, value);
  return response;
}

export const config = {
  // Build assets are immutable files: they need neither ids, limits nor a CSP from here.
  // Uploads (PUT /api/files/<uuid>/upload) skip the proxy too: Next buffers in memory, and cuts
  // at 10 MB, every body a proxy sees, so their route streams and does the edge's work itself
  // (src/server/edge/upload-guard.ts). Any other shape of that path still comes here.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|favicon.svg|api/files/[0-9a-f-]+/upload$).*)",
  ],
};
