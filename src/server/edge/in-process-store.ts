import { createHash } from "node:crypto";

import type { LimiterRedis } from "./redis-adapter";

/**
 * The rate-limit store of the single-instance default: counters in this process's memory.
 * It answers @upstash/ratelimit's fixed-window calls with the same semantics as its Lua
 * scripts on Redis (INCRBY, PEXPIRE on first use, the count and the limit back), so the
 * algorithm is the library's on every backend. Emulating Redis in-process (ioredis-mock's
 * Lua VM) cost ~1.2 ms of event-loop time per request, a third of a cheap page's throughput.
 * Any other script is refused loudly: switching algorithms must revisit this store.
 */
interface Counter {
  value: number;
  expiresAt: number;
}

const SWEEP_EVERY_MS = 60_000;

export function inProcessLimiterStore(now: () => number = Date.now): LimiterRedis {
  const counters = new Map<string, Counter>();
  const live = (key: string) => {
    const counter = counters.get(key);
    if (counter && counter.expiresAt <= now()) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  };
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, counter] of counters) if (counter.expiresAt <= at) counters.delete(key);
  }, SWEEP_EVERY_MS);
  sweep.unref();

  const run = <T>(script: string, keys: string[], args: unknown[]): T => {
    const [key = "", dynamicLimitKey = ""] = keys;
    const tokens = Number(args[0]);
    const dynamic = dynamicLimitKey ? live(dynamicLimitKey) : undefined;
    const limit = dynamic ? dynamic.value : tokens;
    if (script.includes('redis.call("INCRBY", key, incrementBy)')) {
      const windowMs = Number(args[1]);
      const increment = Number(args[2] ?? 1);
      const counter = live(key) ?? { value: 0, expiresAt: now() + windowMs };
      counter.value += increment;
      counters.set(key, counter);
      return [counter.value, limit] as T;
    }
    if (script.includes("redis.call('GET', key)")) {
      return [limit - (live(key)?.value ?? 0), limit] as T;
    }
    throw new Error(
      "in-process rate-limit store: unsupported script (only the fixed window is implemented)",
    );
  };

  // The limiter calls scripts by hash and falls back to `eval` on NOSCRIPT, which teaches us the script.
  const scripts = new Map<string, string>();
  return {
    evalsha: <T>(hash: string, keys: string[], args: unknown[]) => {
      const script = scripts.get(hash);
      if (!script)
        return Promise.reject(new Error("NOSCRIPT No matching script. Please use EVAL."));
      return Promise.resolve(run<T>(script, keys, args));
    },
    eval: <T>(script: string, keys: string[], args: unknown[]) => {
      scripts.set(createHash("sha1").update(script).digest("hex"), script);
      return Promise.resolve(run<T>(script, keys, args));
    },
    get: <T>(key: string) => Promise.resolve((live(key)?.value ?? null) as T | null),
    set: (key: string, value: unknown) => {
      counters.set(key, { value: Number(value), expiresAt: Number.POSITIVE_INFINITY });
      return Promise.resolve("OK");
    },
  };
}
