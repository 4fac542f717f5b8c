import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";

import { startRedis } from "../tests/helpers/redis-server";
import { startSqld } from "../tests/helpers/sqld";
import { signIn } from "./sign-in";
import { jsonLines, startStandalone } from "./standalone-server";

/**
 * The topology README's "Several instances" describes, for real: one libsql-server (sqld),
 * one Redis, two standalone app instances and a separate worker process. A journey crosses
 * the instances: a session made on one works on the other, a rate limit counts across both,
 * a message sent through one reaches a live stream served by the other, a job enqueued by
 * one runs once on the worker, and SIGTERM to an instance in the middle of writes loses none
 * it acknowledged.
 */
test.describe.configure({ mode: "serial" });

const AUTH_SECRET = "standalone-test-secret-that-is-long-enough";

/** A browser signed in on `baseURL`, and its session as a Cookie header for plain HTTP calls. */
async function signedIn(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  const cookie = (await context.cookies())
    .map((entry) => `${entry.name}=${entry.value}`)
    .join("; ");
  const trpc = (url: string, path: string, input?: unknown) =>
    input === undefined
      ? fetch(`${url}/api/trpc/${path}`, { headers: { cookie } })
      : fetch(`${url}/api/trpc/${path}`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify({ json: input }),
        });
  return { context, page, trpc };
}

test("two app instances, a worker, sqld and Redis behave as one Guild", async ({ browser }) => {
  test.setTimeout(240_000);
  const sqld = await startSqld();
  const redis = await startRedis();
  const dir = mkdtempSync(path.join(tmpdir(), "guild-instances-"));
  const shared = {
    DATABASE_URL: sqld.url,
    REDIS_URL: redis.url,
    JOBS_INLINE: "false",
    MAIL_OUTBOX_DIR: path.join(dir, "outbox"),
    GUILD_DEMO_MODE: "true",
    // Small enough to reach here; the budget lives in Redis, so both instances spend it.
    RATE_LIMITS: "apiTokens=10/1m",
  };
  const a = await startStandalone(shared);
  const ready = async (url: string) =>
    expect
      .poll(async () => (await fetch(`${url}/api/health/ready`)).json() as Promise<unknown>, {
        timeout: 60_000,
      })
      .toMatchObject({ status: "ready", checks: { jobs: "bullmq" } });
  await ready(a.url);
  const b = await startStandalone(shared);
  await ready(b.url);
  const worker = spawn(process.execPath, ["worker.mjs"], {
    cwd: path.resolve(".next/standalone"),
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      AUTH_SECRET,
      APP_URL: a.url,
      ...shared,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const workerLines: string[] = [];
  const collect = (chunk: Buffer) => workerLines.push(...chunk.toString().split("\n"));
  worker.stdout.on("data", collect);
  worker.stderr.on("data", collect);

  try {
    // 1. Signed in on A, known on B: the session lives in the shared database.
    const client = await signedIn(browser, a.url, "client@guild.example");
    const me = await client.trpc(b.url, "account.me");
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      result: { data: { json: { email: "client@guild.example" } } },
    });

    // 2. One rate limit across both: a token's budget of 10 is spent on A and B in turn.
    const made = await client.trpc(a.url, "apiToken.create", {
      name: "Instances",
      scopes: ["projects:write"],
      expiresInDays: 1,
    });
    const token = ((await made.json()) as { result: { data: { json: { token: string } } } }).result
      .data.json.token;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const target = i % 2 === 0 ? a.url : b.url;
      const answer = await fetch(`${target}/api/v1/me/projects?limit=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429]);

    // 3. Sent through A, seen live on a page served by B.
    const freelancer = await signedIn(browser, a.url, "freelancer@guild.example");
    const inbox = await freelancer.trpc(
      a.url,
      `message.inbox?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`,
    );
    const conversations = (
      (await inbox.json()) as {
        result: { data: { json: { items: { id: string; other: { name: string } }[] } } };
      }
    ).result.data.json.items;
    const withClient = conversations.find((item) => item.other.name === "Client Demo");
    expect(withClient).toBeDefined();
    const streamOpened = client.page.waitForRequest((request) =>
      request.url().includes("/api/trpc/events.stream"),
    );
    await client.page.goto(`${b.url}/messages/${withClient!.id}`);
    await streamOpened;
    // The stream subscribes just after it opens; a message sent before that waits for a reload.
    await client.page.waitForTimeout(1_500);
    const text = `Across instances ${Date.now()}`;
    const sent = await freelancer.trpc(a.url, "message.send", {
      conversationId: withClient!.id,
      body: text,
    });
    expect(sent.status).toBe(200);
    await expect(client.page.getByText(text).first()).toBeVisible({ timeout: 20_000 });

    // 4. A job enqueued by B runs once, on the worker.
    const asked = await fetch(`${b.url}/api/trpc/auth.requestPasswordReset`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: "admin@guild.example" } }),
    });
    expect(asked.status).toBe(200);
    const mails = () => {
      try {
        return readdirSync(shared.MAIL_OUTBOX_DIR).filter((name) =>
          name.includes("admin@guild.example"),
        );
      } catch {
        return [];
      }
    };
    await expect.poll(mails, { timeout: 30_000 }).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(mails()).toHaveLength(1);
    expect(jsonLines(workerLines).some((line) => line.msg === "job done")).toBe(true);
    for (const server of [a, b])
      expect(jsonLines(server.logs()).some((line) => line.msg === "job done")).toBe(false);

    // 5. SIGTERM to A in the middle of writes: every write it acknowledged is there.
    const writer = await client.trpc(a.url, "apiToken.create", {
      name: "Writes",
      scopes: ["projects:write"],
      expiresInDays: 1,
    });
    const writeToken = ((await writer.json()) as { result: { data: { json: { token: string } } } })
      .result.data.json.token;
    const skills = (await (await fetch(`${b.url}/api/trpc/marketplace.skills`)).json()) as {
      result: { data: { json: { id: number }[] } };
    };
    const brief = {
      title: "Written while the instance stops",
      description:
        "A brief long enough for Guild's rules: a storefront with a catalogue, a basket and a checkout that works on phones.",
      budgetType: "fixed",
      budgetMinMinor: 100_000,
      budgetMaxMinor: 200_000,
      currency: "USD",
      experienceLevel: "intermediate",
      duration: "1_to_4_weeks",
      skillIds: [skills.result.data.json[0]!.id],
    };
    const writes = Array.from({ length: 6 }, () =>
      fetch(`${a.url}/api/v1/projects`, {
        method: "POST",
        headers: { authorization: `Bearer ${writeToken}`, "content-type": "application/json" },
        body: JSON.stringify(brief),
      })
        .then(async (answer) => ({
          status: answer.status,
          id: ((await answer.json()) as { id?: string }).id,
        }))
        .catch(() => ({ status: 0, id: undefined })),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const exit = a.stop("SIGTERM");
    const answers = await Promise.all(writes);
    expect(await exit).toEqual({ code: 0, signal: null });
    // Acknowledged, refused before it began (connection refused), or a typed refusal: never a 5xx.
    expect(answers.every((answer) => answer.status === 0 || answer.status < 500)).toBe(true);
    const acknowledged = answers
      .filter((answer) => answer.status === 200)
      .map((answer) => answer.id);
    const listed = await fetch(`${b.url}/api/v1/me/projects?limit=50`, {
      headers: { authorization: `Bearer ${writeToken}` },
    });
    const ids = ((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    for (const id of acknowledged) expect(ids).toContain(id);
    await client.context.close();
    await freelancer.context.close();
  } finally {
    worker.kill("SIGTERM");
    await a.stop();
    await b.stop();
    await redis.stop();
    await sqld.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
