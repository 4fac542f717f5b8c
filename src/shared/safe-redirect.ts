const BASE = "http://guild.invalid";

/**
 * Only a path on this site: an open redirect after sign-in is a phishing tool. Browsers
 * drop tabs and newlines and read `\` as `/`, so `/\t/evil.com` would leave the site:
 * resolve the candidate the way a browser would and keep it only if it stays here. Without a
 * usable candidate, sign-in lands on the dashboard: every role's starting point.
 */
export function safeRedirectPath(candidate: unknown, fallback = "/dashboard"): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.length > 500)
    return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  try {
    const url = new URL(candidate, BASE);
    if (url.origin !== BASE) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
