import { expect, test } from "@playwright/test";

test("health endpoints answer JSON", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok" });

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({
    status: "ready",
    checks: { database: "ok", migrations: "current", jobs: "embedded" },
  });
});

test("a sane request id is echoed, anything else is replaced", async ({ request }) => {
  const kept = await request.get("/projects", {
    headers: { "x-request-id": "probe-123.abc" },
  });
  expect(kept.headers()["x-request-id"]).toBe("probe-123.abc");

  const replaced = await request.get("/api/health/live", {
    headers: { "x-request-id": "no spaces <allowed>" },
  });
  expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const minted = await request.get("/api/trpc/marketplace.stats");
  expect(minted.status()).toBe(200);
  expect(minted.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("baseline security headers are on pages and API routes", async ({ request }) => {
  for (const path of ["/", "/projects", "/api/health/ready", "/api/trpc/marketplace.stats"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});
