/** Only same-site paths: an open redirect after sign-in is a phishing tool. */
export function safeRedirectPath(candidate: unknown, fallback = "/account"): string {
  if (typeof candidate !== "string") return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\"))
    return fallback;
  return candidate.slice(0, 500);
}
