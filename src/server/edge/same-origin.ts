/**
 * Refuses state-changing requests a browser sent on behalf of another site. SameSite=Lax
 * cookies already stop cross-site POSTs from carrying the session, but not same-site ones
 * (a sibling subdomain), and tRPC also accepts form posts that need no CORS preflight.
 * Browsers label every request with Sec-Fetch-Site; older ones at least send Origin.
 */
export function isCrossOriginWrite(request: Request, trustedHops: number): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS")
    return false;
  const site = request.headers.get("sec-fetch-site");
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  // No browser metadata at all: not a browser (curl, a server), so no ambient cookies to abuse.
  if (!origin) return false;
  const host =
    (trustedHops > 0 ? request.headers.get("x-forwarded-host") : null) ??
    request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
