import type { LimitDecision } from "./rate-limiter";

/** X-RateLimit-* on every limited route's response, Retry-After on a refusal. */
export function rateLimitHeaders(decision: LimitDecision): Record<string, string> {
  const resetSeconds = Math.max(0, Math.ceil((decision.resetAt - Date.now()) / 1000));
  return {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(Math.max(0, decision.remaining)),
    "X-RateLimit-Reset": String(resetSeconds),
    ...(decision.allowed ? {} : { "Retry-After": String(Math.max(1, resetSeconds)) }),
  };
}

export function refusalMessage(decision: LimitDecision) {
  if (decision.storeFailed)
    return "We can't check this request right now. Please try again in a minute.";
  const seconds = Math.max(1, Math.ceil((decision.resetAt - Date.now()) / 1000));
  return `Too many requests. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
}

/** The small page a person sees when they (or their network) sent too much. */
export function tooManyRequestsPage(decision: LimitDecision) {
  return smallPage("Too many requests", "Slow down a little", refusalMessage(decision));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A self-contained page for answers the edge gives before the app runs (limits, malformed
 * requests): no scripts, no external assets, readable in light and dark mode.
 */
export function smallPage(title: string, heading: string, message: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} · Guild</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f8fafc;color:#0f172a}@media(prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}}main{max-width:28rem;padding:2rem;text-align:center}a{color:inherit}</style></head><body><main><h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
}
