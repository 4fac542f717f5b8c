import type { Browser } from "@playwright/test";

import { startRedis } from "../tests/helpers/redis-server";
import { startStandalone } from "./standalone-server";
import { expect, test } from "./test";
import { signIn } from "./sign-in";

/**
 * The edge against the real standalone server: rate limits with their headers, client
 * addresses that cannot be forged, a Redis shared by two instances and losing it, the
 * security headers, cross-site refusals and metrics. Each test starts its own servers.
 */
test.describe.configure({ mode: "serial" });

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers, redirect: "manual" });

async function signInAttempt(
  browser: Browser,
  baseURL: string,
  email: string,
  forwardedFor?: string,
) {
  const context = await browser.newContext({
    baseURL,
    extraHTTPHeaders: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });
  const page = await context.newPage();
  await signIn(page, email, "not the password");
  const alert = page.getByRole("alert").filter({ hasText: /./ });
  await expect(alert).toBeVisible();
  const text = (await alert.textContent()) ?? "";
  await context.close();
  return text;
}

test("pages are limited per IP with headers and a small page; health never is; tRPC answers 429 as tRPC", async () => {
  const server = await startStandalone({ RATE_LIMITS: "reads=4/24h" });
  try {
    for (let i = 0; i < 4; i++) {
      const response = await get(`${server.url}/projects`);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-ratelimit-limit")).toBe("4");
      expect(response.headers.get("x-ratelimit-remaining")).toBe(String(3 - i));
      expect(Number(response.headers.get("x-ratelimit-reset"))).toBeGreaterThan(0);
    }
    const refused = await get(`${server.url}/projects`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("content-type")).toContain("text/html");
    expect(await refused.text()).toContain("Too many requests. Please wait");

    for (let i = 0; i < 10; i++)
      expect((await get(`${server.url}/api/health/live`)).status).toBe(200);

    const trpc = await get(`${server.url}/api/trpc/marketplace.stats`);
    expect(trpc.status).toBe(429);
    expect(trpc.headers.get("retry-after")).toBeTruthy();
    const body = (await trpc.json()) as { error: { json: { data: { code: string } } } };
    expect(body.error.json.data.code).toBe("TOO_MANY_REQUESTS");
  } finally {
    await server.stop();
  }
});

test("a forged X-Forwarded-For does not escape the IP limit", async () => {
  const server = await startStandalone({ RATE_LIMITS: "reads=3/24h" });
  try {
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await get(`${server.url}/projects`, { "x-forwarded-for": `10.9.8.${i}` })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  } finally {
    await server.stop();
  }
});

test("behind one trusted proxy: each client has its own budget, forged hops don't help, and the per-account sign-in limit holds across IPs", async ({
  browser,
}) => {
  const server = await startStandalone({
    TRUSTED_PROXY_HOPS: "1",
    RATE_LIMITS: "reads=3/24h,authIp=100/24h,signInAccount=3/24h",
  });
  try {
    // The proxy appended 203.0.113.7; whatever the client put before it is ignored.
    const viaProxy = (forged: string) =>
      get(`${server.url}/projects`, { "x-forwarded-for": `${forged}, 203.0.113.7` });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await viaProxy(`6.6.6.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await get(`${server.url}/projects`, { "x-forwarded-for": "203.0.113.8" })).status).toBe(
      200,
    );

    const messages = [];
    for (let i = 1; i <= 4; i++)
      messages.push(
        await signInAttempt(browser, server.url, "target@guild.test", `198.51.100.${i}`),
      );
    expect(messages.slice(0, 3)).toEqual(Array(3).fill("Email or password is incorrect."));
    expect(messages[3]).toMatch(/Too many requests\. Please wait/);
  } finally {
    await server.stop();
  }
});

test("two instances sharing one Redis enforce one limit; without Redis pages still serve and sign-in fails closed", async ({
  browser,
}) => {
  const redis = await startRedis();
  const env = {
    REDIS_URL: redis.url,
    RATE_LIMITS: "reads=5/24h,authIp=100/24h",
    GUILD_DEMO_MODE: "true",
  };
  const [first, second] = await Promise.all([startStandalone(env), startStandalone(env)]);
  try {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await get(`${first.url}/api/health/ready`)).status); // never limited, never counted
      statuses.push((await get(`${(i % 2 ? second : first).url}/signin`)).status);
    }
    statuses.push((await get(`${second.url}/signin`)).status);
    statuses.push((await get(`${first.url}/signin`)).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses.at(-1)).toBe(429);

    await redis.stop();
    // Reads fail open: the limit can't be checked, the page is served.
    expect((await get(`${second.url}/projects`)).status).toBe(200);
    // Sign-in fails closed, with a message a person can act on.
    expect(await signInAttempt(browser, second.url, "client@guild.example")).toContain(
      "We can't check this request right now",
    );
    await expect
      .poll(() => second.logs().some((line) => line.includes("rate-limit store unavailable")))
      .toBe(true);
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    await redis.stop();
  }
});

test("security headers on pages and API routes, with a fresh nonce each time", async () => {
  const server = await startStandalone({});
  try {
    const nonces = new Set<string>();
    for (const path of [
      "/",
      "/projects",
      "/signin",
      "/api/health/ready",
      "/api/trpc/marketplace.stats",
      "/nope",
    ]) {
      const response = await get(`${server.url}${path}`);
      const h = response.headers;
      const csp = h.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      for (const directive of [
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp, path).toContain(directive);
      }
      nonces.add(/'nonce-([^']+)'/.exec(csp)![1]!);
      expect(h.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
      expect(h.get("x-content-type-options"), path).toBe("nosniff");
      expect(h.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(h.get("cross-origin-opener-policy"), path).toBe("same-origin");
      expect(h.get("permissions-policy"), path).toContain("camera=()");
    }
    expect(nonces.size).toBe(6);
    // The page's own scripts carry the nonce of its response.
    const page = await get(`${server.url}/projects`);
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get("content-security-policy") ?? "")![1]!;
    expect(await page.text()).toContain(`nonce="${nonce}"`);
  } finally {
    await server.stop();
  }
});

test("cross-site writes are refused; same-origin ones go through", async () => {
  const server = await startStandalone({});
  try {
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/trpc/account.revokeOtherSessions`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: "{}",
      });
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    // Same origin reaches the procedure, which wants a session.
    expect((await post({ origin: server.url, "sec-fetch-site": "same-origin" })).status).toBe(401);
  } finally {
    await server.stop();
  }
});

test("metrics: loopback-only without a token; with one, bearer only; they change after requests", async () => {
  const open = await startStandalone({ RATE_LIMITS: "reads=2/24h" });
  try {
    // Read each body: a request is counted when its response has finished.
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await get(`${open.url}/projects`);
      await response.text();
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    const metrics = await (await get(`${open.url}/api/metrics`)).text();
    expect(metrics).toMatch(
      /guild_http_requests_total\{[^}]*route="page"[^}]*status="200"[^}]*\} [1-9]/,
    );
    expect(metrics).toMatch(
      /guild_rate_limit_decisions_total\{[^}]*policy="reads",outcome="limited"[^}]*\} [1-9]/,
    );
    expect(metrics).toMatch(
      /guild_trpc_procedure_duration_seconds_count\{[^}]*procedure="project.listOpen"/,
    );
    expect(metrics).toMatch(
      /guild_db_query_duration_seconds_count\{[^}]*kind="statement"[^}]*\} [1-9]/,
    );
    expect(metrics).toContain("process_resident_memory_bytes");
  } finally {
    await open.stop();
  }
  const guarded = await startStandalone({ METRICS_TOKEN: "a-metrics-token-for-tests" });
  try {
    expect((await get(`${guarded.url}/api/metrics`)).status).toBe(401);
    expect(
      (
        await get(`${guarded.url}/api/metrics`, {
          authorization: "Bearer wrong-token-of-some-length",
        })
      ).status,
    ).toBe(401);
    const ok = await get(`${guarded.url}/api/metrics`, {
      authorization: "Bearer a-metrics-token-for-tests",
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/plain");
  } finally {
    await guarded.stop();
  }
});
