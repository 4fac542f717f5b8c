import { statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { createClient } from "@libsql/client";
import { encode } from "next-auth/jwt";

import { startStandalone } from "./standalone-server";
import { expect, test } from "./test";
import { signedInRequest, trpcQuery } from "./trpc-http";

/**
 * What an outside probe of the production build found, each pinned by a test that failed
 * before its fix. The standing sweep (hostile-input.spec.ts) generalises these.
 */
const ERROR_PAGE = "Something went wrong";
/** The secret demo mode used to sign cookies with: public, in this repository's history. */
const OLD_PUBLIC_SECRET = "guild-development-secret-never-use-in-production-0123456789";

/** fetch() refuses to send TRACE at all; a client that is not a browser sends what it likes. */
function rawRequest(url: string, method: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const dataDir = () => process.env.E2E_DATA_DIR!;

/** A row of the e2e server's database, read directly: what an attacker could learn elsewhere. */
async function queryE2eDatabase(sql: string) {
  const db = createClient({ url: `file:${path.join(dataDir(), "e2e.db")}` });
  try {
    return (await db.execute(sql)).rows;
  } finally {
    db.close();
  }
}

test("the session endpoint never hands a script the session id", async ({ browser, baseURL }) => {
  const client = await signedInRequest(browser, baseURL!, "client@guild.example");
  const body = (await (await client.request.get("/api/auth/session")).json()) as object;
  expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
  expect(JSON.stringify(body)).not.toMatch(/session/i);
  await client.close();
});

test("demo mode signs with a random secret kept beside its database, so a cookie forged with the old public one is refused", async ({
  browser,
  baseURL,
}) => {
  const client = await signedInRequest(browser, baseURL!, "client@guild.example");
  const [row] = await queryE2eDatabase(
    "select s.id, s.user_id from user_sessions s join users u on u.id = s.user_id where u.email = 'client@guild.example' and s.revoked_at is null order by s.created_at desc limit 1",
  );
  const forged = await encode({
    token: { sid: String(row!.id), sub: String(row!.user_id) },
    secret: OLD_PUBLIC_SECRET,
    salt: "guild.session",
  });
  const response = await fetch(`${baseURL}/api/trpc/account.me`, {
    headers: { cookie: `guild.session=${forged}` },
  });
  expect(response.status).toBe(401);
  expect(statSync(path.join(dataDir(), "auth-secret")).mode & 0o777).toBe(0o600);
  await client.close();
});

test("a malformed session cookie is no cookie: pages and calls answer as signed out", async ({
  playwright,
  baseURL,
}) => {
  for (const cookie of ["guild.session=%E0%A4%A", "guild.session=%", "guild.session=not-a-jwt"]) {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie },
    });
    for (const url of ["/", "/projects", "/api/trpc/marketplace.stats"])
      expect((await request.get(url)).status(), `${cookie} ${url}`).toBe(200);
    expect((await request.get("/api/trpc/account.me")).status()).toBe(401);
    await request.dispose();
  }
});

test("over-long search words and ids show the page or a 404, never an error page", async ({
  request,
  browser,
  baseURL,
}) => {
  for (const url of [`/projects?q=${"a".repeat(201)}`, `/freelancers?q=${"b".repeat(5000)}`]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html, url).not.toContain(ERROR_PAGE);
    expect(html, url).toContain("search words past 200 characters");
  }
  const client = await signedInRequest(browser, baseURL!, "client@guild.example");
  expect((await client.request.get(`/my/projects/${"x".repeat(65)}`)).status()).toBe(404);
  await client.close();
});

test("a Next-Action header is refused, and never skips the sign-in limit", async () => {
  const server = await startStandalone({ RATE_LIMITS: "authIp=2/1m" });
  try {
    const post = (headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: "ticket=nothing",
        redirect: "manual",
      });
    for (let i = 0; i < 2; i++) expect((await post()).status).not.toBe(429);
    expect((await post()).status).toBe(429);
    expect((await post({ "next-action": "x" })).status).toBe(400);
  } finally {
    await server.stop();
  }
});

test("what Next cannot parse is refused at the edge with a 4xx and a small body", async ({
  request,
  baseURL,
}) => {
  const action = (data: string) =>
    request.post("/signin", {
      headers: { "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8" },
      data,
    });
  for (const body of ["garbage", "", '["$Q1"]', '"$T"'])
    expect((await action(body)).status(), body).toBe(400);
  const big = await request.post("/api/trpc/project.create", {
    headers: { "content-type": "application/json" },
    data: "x".repeat(1024 * 1024 + 10),
  });
  expect(big.status()).toBe(413);
  expect((await request.get("/projects/%ff%fe")).status()).toBe(400);
  expect((await request.get("/api/trpc/%ZZ")).status()).toBe(400);
  const trace = await rawRequest(`${baseURL}/`, "TRACE");
  expect(trace.status).toBe(405);
  expect(trace.body).toContain("not allowed");
  const early = await request.post("/signin?next=%2Fdashboard", {
    form: { email: "client@guild.example", password: "typed before the page was ready" },
    maxRedirects: 0,
  });
  expect(early.status()).toBe(303);
  expect(early.headers().location).toBe("/signin?next=%2Fdashboard");
});

test("what does not exist for the viewer is a real 404", async ({ browser, baseURL }) => {
  const client = await signedInRequest(browser, baseURL!, "client@guild.example");
  const { data: board } = await trpcQuery<{ activeContracts: { id: string }[] }>(
    client.request,
    "dashboard.client",
  );
  const { data: mine } = await trpcQuery<{ items: { id: string }[] }>(
    client.request,
    "project.mine",
  );
  const contractId = board!.activeContracts[0]!.id;
  const projectId = mine!.items[0]!.id;

  const [other] = await queryE2eDatabase(
    "select email from users where role = 'client' and email <> 'client@guild.example' and status = 'active' limit 1",
  );
  const stranger = await signedInRequest(browser, baseURL!, String(other!.email));
  expect((await stranger.request.get(`/contracts/${contractId}`)).status()).toBe(404);
  expect((await stranger.request.get(`/my/projects/${projectId}`)).status()).toBe(404);
  expect((await stranger.request.get("/freelancers/%00")).status()).toBe(404);

  // An admin whose session did not prove a second factor reads nobody's contract.
  const admin = await signedInRequest(browser, baseURL!, "admin@guild.example");
  expect((await admin.request.get(`/contracts/${contractId}`)).status()).toBe(404);
  await Promise.all([client.close(), stranger.close(), admin.close()]);
});

test("personal answers carry Cache-Control: private, no-store", async ({ browser, baseURL }) => {
  const freelancer = await signedInRequest(browser, baseURL!, "freelancer@guild.example");
  for (const url of ["/api/trpc/account.me", "/dashboard", "/account"]) {
    const cacheControl = (await freelancer.request.get(url)).headers()["cache-control"] ?? "";
    expect(cacheControl, url).toContain("private");
    expect(cacheControl, url).toContain("no-store");
  }
  await freelancer.close();
});
