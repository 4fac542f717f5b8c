import { createHash } from "node:crypto";
import type IORedis from "ioredis";

/**
 * Gives @upstash/ratelimit the three calls it makes (evalsha, eval, get/set) over an
 * ioredis-compatible client: a self-hosted Redis, or ioredis-mock in-process.
 *
 * The limiter's Lua scripts start with `#!lua flags=allow-key-locking`, a flag Redis 7.0
 * rejects, and it addresses them by the SHA-1 of that text. We strip the line, and map the
 * limiter's hashes to the stripped scripts; an unknown hash answers NOSCRIPT so the
 * limiter falls back to `eval`, which teaches us the script.
 */
export interface LimiterRedis {
  evalsha: <T>(hash: string, keys: string[], args: unknown[]) => Promise<T>;
  eval: <T>(script: string, keys: string[], args: unknown[]) => Promise<T>;
  get: <T>(key: string) => Promise<T | null>;
  set: (key: string, value: unknown) => Promise<unknown>;
}

type RedisLike = Pick<IORedis, "eval" | "evalsha" | "get" | "set">;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

export function stripShebang(script: string) {
  return script.startsWith("#!") ? script.slice(script.indexOf("\n") + 1) : script;
}

export function limiterRedis(redis: RedisLike): LimiterRedis {
  const scripts = new Map<string, string>();
  const remember = (script: string) => {
    const stripped = stripShebang(script);
    scripts.set(sha1(script), stripped);
    return stripped;
  };
  const asArgs = (args: unknown[]) =>
    args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg)));

  return {
    async evalsha<T>(hash: string, keys: string[], args: unknown[]) {
      const stripped = scripts.get(hash);
      if (!stripped) throw new Error("NOSCRIPT No matching script. Please use EVAL.");
      try {
        return (await redis.evalsha(sha1(stripped), keys.length, ...keys, ...asArgs(args))) as T;
      } catch (error) {
        if (!String(error).includes("NOSCRIPT")) throw error;
        return (await redis.eval(stripped, keys.length, ...keys, ...asArgs(args))) as T;
      }
    },
    async eval<T>(script: string, keys: string[], args: unknown[]) {
      return (await redis.eval(remember(script), keys.length, ...keys, ...asArgs(args))) as T;
    },
    async get<T>(key: string) {
      return (await redis.get(key)) as T | null;
    },
    async set(key: string, value: unknown) {
      return redis.set(key, typeof value === "string" ? value : JSON.stringify(value));
    },
  };
}
