import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { policiesWithOverrides } from "~/server/edge/rate-limit-policies";
import { connectRedis, RateLimiter } from "~/server/edge/rate-limiter";
import { inProcessLimiterStore } from "~/server/edge/in-process-store";
import { limiterRedis } from "~/server/edge/redis-adapter";
import { startRedis } from "../../helpers/redis-server";

/**
 * One suite, two stores: the in-process store of the embedded default and a real
 * redis-server. Small windows keep the reset test short.
 */
// Fixed windows are aligned to the clock: counting tests use a day-long window so a quick
// burst never straddles a boundary; the reset test uses a short one on purpose.
const policies = policiesWithOverrides("reads=3/24h,authIp=2/2s,mutations=2/24h");

let redis: Awaited<ReturnType<typeof startRedis>>;
const clients: { quit: () => Promise<unknown> }[] = [];

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
  await redis.stop();
});

async function redisLimiter(prefix: string) {
  const client = connectRedis(redis.url);
  client.on("error", () => undefined);
  clients.push(client);
  // Commands fail fast while disconnected (that is the point): wait for the first connection.
  if (client.status !== "ready") await once(client, "ready");
  return new RateLimiter("redis", limiterRedis(client), policies, prefix);
}

const backends = {
  memory: (prefix: string) =>
    Promise.resolve(new RateLimiter("memory", inProcessLimiterStore(), policies, prefix)),
  redis: redisLimiter,
};

for (const [name, make] of Object.entries(backends)) {
  describe(`rate limits on the ${name} store`, () => {
    it("allows the limit, then refuses, counting down what remains", async () => {
      const limiter = await make(`t1-${name}`);
      const decisions = [];
      for (let i = 0; i < 4; i++) decisions.push(await limiter.check("reads", "ip:198.51.100.1"));
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
      expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
      expect(decisions.every((d) => d.limit === 3 && !d.storeFailed)).toBe(true);
      expect(decisions[3]!.resetAt).toBeGreaterThan(Date.now());
      expect(decisions[3]!.resetAt).toBeLessThanOrEqual(Date.now() + 24 * 3600 * 1000);
      // Another key has its own budget.
      expect((await limiter.check("reads", "ip:198.51.100.2")).allowed).toBe(true);
    });

    it("starts counting again when the window ends", async () => {
      const limiter = await make(`t2-${name}`);
      // Spend the budget (a burst may straddle a window boundary, so keep going until refused).
      let refused = await limiter.check("authIp", "ip:a");
      for (let i = 0; i < 10 && refused.allowed; i++)
        refused = await limiter.check("authIp", "ip:a");
      expect(refused.allowed).toBe(false);
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, refused.resetAt - Date.now()) + 50),
      );
      expect((await limiter.check("authIp", "ip:a")).allowed).toBe(true);
    });
  });
}

describe("a shared Redis", () => {
  it("two app instances enforce one global limit", async () => {
    const first = await redisLimiter("shared");
    const second = await redisLimiter("shared");
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push((await first.check("mutations", "user:1")).allowed);
      outcomes.push((await second.check("mutations", "user:1")).allowed);
    }
    expect(outcomes.filter(Boolean)).toHaveLength(2);
  });

  it("when Redis is down, reads stay open and sign-in fails closed; they recover with it", async () => {
    const limiter = await redisLimiter("outage");
    expect((await limiter.check("reads", "ip:x")).allowed).toBe(true);
    await redis.stop();
    const read = await limiter.check("reads", "ip:x");
    const signIn = await limiter.check("authIp", "ip:x");
    expect(read).toMatchObject({ allowed: true, storeFailed: true });
    expect(signIn).toMatchObject({ allowed: false, storeFailed: true });
    await redis.restart();
    await expect
      .poll(async () => (await limiter.check("authIp", "ip:y")).storeFailed, { timeout: 10_000 })
      .toBe(false);
  });
});
