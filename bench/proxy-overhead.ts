import autocannon from "autocannon";

import { startStandalone } from "../e2e/standalone-server";
import { startRedis } from "../tests/helpers/redis-server";

/**
 * What the edge costs: throughput of one cheap page (/signin) served by the production
 * standalone server with the proxy's full work (CSP nonce, headers, rate limit) on the
 * in-process store and on a real Redis, against the same page with the proxy disabled.
 * The load generator shares the machine's cores, so configurations are interleaved over
 * several rounds and the median of each is reported.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 10;
// High enough that every request is counted and none refused.
const LIMITS = "reads=100000000/1h";

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function throughput(env: Record<string, string>) {
  const server = await startStandalone({
    GUILD_DEMO_MODE: "true",
    RATE_LIMITS: LIMITS,
    LOG_LEVEL: "warn",
    ...env,
  });
  try {
    const url = `${server.url}/signin`;
    await autocannon({ url, connections: CONNECTIONS, duration: 1 });
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
    if (result.non2xx > 0) throw new Error(`${result.non2xx} responses were not 2xx`);
    return { rps: result.requests.average, p99: result.latency.p99 };
  } finally {
    await server.stop();
  }
}

export async function benchProxyOverhead() {
  console.log(
    `proxy overhead: GET /signin, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, medians`,
  );
  const redis = await startRedis();
  const configs = {
    "baseline: proxy disabled": { PROXY_DISABLED: "true" },
    "proxy, in-process store": {},
    "proxy, Redis store": { REDIS_URL: redis.url },
  };
  const samples = new Map<string, { rps: number; p99: number }[]>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, env] of Object.entries(configs)) {
        samples.set(label, [...(samples.get(label) ?? []), await throughput(env)]);
      }
    }
  } finally {
    await redis.stop();
  }
  const rps = (label: string) => median(samples.get(label)!.map((s) => s.rps));
  for (const label of Object.keys(configs)) {
    const p99 = median(samples.get(label)!.map((s) => s.p99));
    console.log(`  ${label.padEnd(28)} ${rps(label).toFixed(0).padStart(6)} req/s   p99 ${p99} ms`);
  }
  const baseline = rps("baseline: proxy disabled");
  const overhead = (label: string) => `${(((baseline - rps(label)) / baseline) * 100).toFixed(1)}%`;
  console.log(
    `  overhead vs baseline: in-process ${overhead("proxy, in-process store")}, Redis ${overhead("proxy, Redis store")} (aim: under 10% in-process)`,
  );
}
