/**
 * Every rate limit in one typed table. Operators tune them with RATE_LIMITS, e.g.
 * `RATE_LIMITS="reads=1200/1m,signInAccount=10/15m"` (limit/window, window in s, m or h).
 */
export type FailureMode = "open" | "closed";

export interface RateLimitPolicy {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds (a fixed window: the count starts again when it ends). */
  windowMs: number;
  /** When the store is unreachable: serve anyway (open) or refuse (closed). */
  onStoreFailure: FailureMode;
  description: string;
}

const MINUTE = 60_000;

export const defaultPolicies = {
  authIp: {
    limit: 10,
    windowMs: MINUTE,
    onStoreFailure: "closed",
    description: "sign-in, sign-up, password reset and 2FA requests per client IP",
  },
  signInAccount: {
    limit: 5,
    windowMs: 15 * MINUTE,
    onStoreFailure: "closed",
    description: "sign-in attempts (password and code steps) per target account",
  },
  passwordResetAccount: {
    limit: 5,
    windowMs: 15 * MINUTE,
    onStoreFailure: "closed",
    description: "password reset requests per target email",
  },
  mutations: {
    limit: 60,
    windowMs: MINUTE,
    onStoreFailure: "open",
    description: "writes (tRPC mutations, form posts) per signed-in user, or per IP when anonymous",
  },
  reads: {
    limit: 600,
    windowMs: MINUTE,
    onStoreFailure: "open",
    description: "page views and reads per client IP",
  },
  uploads: {
    limit: 30,
    windowMs: MINUTE,
    onStoreFailure: "open",
    description:
      "file uploads (PUT /api/files/<id>/upload) per signed-in user, or per IP; each also took a createUpload mutation",
  },
  downloads: {
    limit: 1200,
    windowMs: MINUTE,
    onStoreFailure: "open",
    description:
      "file fetches (GET /api/files/<id>) per client IP, apart from page views: a page may show many pictures",
  },
  apiTokens: {
    limit: 600,
    windowMs: MINUTE,
    onStoreFailure: "open",
    description: "calls (REST or tRPC, reads and writes) per personal access token",
  },
} satisfies Record<string, RateLimitPolicy>;

export type PolicyName = keyof typeof defaultPolicies;
export type PolicyTable = Record<PolicyName, RateLimitPolicy>;

const UNIT_MS = { s: 1000, m: MINUTE, h: 60 * MINUTE } as const;

/** Parses RATE_LIMITS overrides; throws a message naming the bad entry. */
export function policiesWithOverrides(overrides: string | undefined): PolicyTable {
  const table: PolicyTable = structuredClone(defaultPolicies);
  if (!overrides?.trim()) return table;
  for (const entry of overrides
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z]+)=(\d+)\/(\d+)([smh])$/.exec(entry);
    if (!match)
      throw new Error(
        `RATE_LIMITS entry "${entry}" must look like name=count/window, e.g. reads=600/1m`,
      );
    const [, name, count, amount, unit] = match as unknown as [
      string,
      string,
      string,
      string,
      keyof typeof UNIT_MS,
    ];
    if (!(name in table)) {
      throw new Error(
        `RATE_LIMITS: unknown policy "${name}" (known: ${Object.keys(table).join(", ")})`,
      );
    }
    const policy = table[name as PolicyName];
    policy.limit = Number(count);
    policy.windowMs = Number(amount) * UNIT_MS[unit];
    if (policy.limit < 1 || policy.windowMs < 1000)
      throw new Error(`RATE_LIMITS entry "${entry}" is too small`);
  }
  return table;
}
