const CAP_MS = 15 * 60_000;

/**
 * The delay before retry number `attempt` (1 for the first retry): doubling from `baseMs`,
 * capped at 15 minutes, with "equal jitter" (half fixed, half random) so jobs that failed
 * together do not retry together.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number = Math.random) {
  const ceiling = Math.min(CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
