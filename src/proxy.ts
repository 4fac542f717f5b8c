import { NextResponse, type NextRequest } from "next/server";

import { acceptOrCreateRequestId, REQUEST_ID_HEADER } from "~/server/observability/request-id";

/**
 * The edge of every request: gives it an id (the caller's when sane, else a new one),
 * hands the id to the app through the request headers, echoes it on the response,
 * and adds the baseline security headers.
 */
export function proxy(request: NextRequest) {
  const requestId = acceptOrCreateRequestId(request.headers.get(REQUEST_ID_HEADER));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = {
  // Build assets are immutable files: they need neither ids nor headers from here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
