import { Ratelimit } from "@upstash/ratelimit";
import { Redis as UpstashRedis } from "@upstash/redis";
import IORedis from "ioredis";

import { env } from "~/env";
import { logger } from "~/server/observability/logger";
import { metrics } from "~/server/observability/metrics";
import { onShutdown } from "~/server/shutdown";
import { inProcessLimiterStore } from "./in-process-store";
import { limiterRedis, type LimiterRedis } from "./redis-adapter";
import { policiesWithOverrides, type PolicyName, type PolicyTable } from "./rate-limit-policies";

export type Backend = "upstash" | "redis" | "memory";

export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the window ends, ms since the epoch. */
  resetAt: number;
  /** The store could not be asked; `allowed` is the policy's failure mode. */
  storeFailed: boolean;
}

/** How long a limiter call may take before the store counts as down. */
const STORE_TIMEOUT_MS = 1000;

export class RateLimiter {
  private readonly limiters: Record<PolicyName, Ratelimit>;
  private lastFailureLog = 0;

  constructor(
    readonly backend: Backend,
    redis: LimiterRedis | UpstashRedis,
    readonly policies: PolicyTable,
    prefix = "guild:rl",
  ) {
    const entries = Object.entries(policies).map(([name, policy]) => [
      name,
      new Ratelimit({
        redis: redis as UpstashRedis,
        limiter: Ratelimit.fixedWindow(policy.limit, `${policy.windowMs} ms`),
        prefix: `${prefix}:${name}`,
        timeout: STORE_TIMEOUT_MS,
        analytics: false,
        // No in-process memory of blocked keys: every instance must ask the shared store.
        ephemeralCache: false,
      }),
    ]);
    this.limiters = Object.fromEntries(entries) as Record<PolicyName, Ratelimit>;
  }

  async check(policyName: PolicyName, key: string): Promise<LimitDecision> {
    const policy = this.policies[policyName];
    try {
      const result = await this.limiters[policyName].limit(key);
      // The limiter lets a request through when the store is too slow: that is a failure to us.
      if (result.reason === "timeout") throw new Error("rate-limit store timed out");
      metrics().rateLimitDecisions.inc({
        policy: policyName,
        outcome: result.success ? "allowed" : "limited",
      });
      return {
        allowed: result.success,
        limit: result.limit,
        remaining: result.remaining,
        resetAt: result.reset,
        storeFailed: false,
      };
    } catch (error) {
      metrics().rateLimitDecisions.inc({ policy: policyName, outcome: "store_error" });
      if (Date.now() - this.lastFailureLog > 10_000) {
        this.lastFailureLog = Date.now();
        logger.error(
          { err: error, backend: this.backend, policy: policyName },
          "rate-limit store unavailable",
        );
      }
      return {
        allowed: policy.onStoreFailure === "open",
        limit: policy.limit,
        remaining: 0,
        resetAt: Date.now() + policy.windowMs,
        storeFailed: true,
      };
    }
  }
}

/**
 * A self-hosted Redis that fails fast when down instead of queueing commands forever. Until
 * the first connection is up, commands queue (the limiter's timeout bounds the wait), so
 * the first requests after start are counted too; after that, a lost connection fails at once.
 */
export function connectRedis(url: string) {
  const redis = new IORedis(url, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  redis.once("ready", () => {
    redis.options.enableOfflineQueue = false;
  });
  return redis;
}

const KEY = Symbol.for("guild.rateLimiter");

/**
 * The process's limiter, from the environment: Upstash (REST) when configured, else a
 * self-hosted Redis (REDIS_URL), else an in-process store for the single-instance default.
 * On globalThis because the proxy and the route handlers are bundled apart.
 */
export function getRateLimiter(): RateLimiter {
  const store = globalThis as { [KEY]?: RateLimiter };
  if (store[KEY]) return store[KEY];
  const policies = policiesWithOverrides(env.RATE_LIMITS);
  let limiter: RateLimiter;
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    limiter = new RateLimiter(
      "upstash",
      new UpstashRedis({ url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN }),
      policies,
    );
  } else if (env.REDIS_URL) {
    const redis = connectRedis(env.REDIS_URL);
    redis.on("error", () => undefined); // failures surface per call, logged by RateLimiter.check
    onShutdown("redis", () => redis.quit());
    limiter = new RateLimiter("redis", limiterRedis(redis), policies);
  } else {
    limiter = new RateLimiter("memory", inProcessLimiterStore(), policies);
    logger.info(
      "rate limits use an in-process store: right for one instance; set REDIS_URL or UPSTASH_REDIS_REST_URL when running several",
    );
  }
  store[KEY] = limiter;
  return limiter;
}
