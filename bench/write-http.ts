import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";

import { startStandalone } from "../e2e/standalone-server";
import { benchBuilds, seedWith, type Build } from "./builds";
import { withServerFigures } from "./server-figures";
import { openDatabase } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { createSessionRow } from "~/server/domain/identity/session-rows";

/**
 * Writes: `proposal.submit` over HTTP on the production standalone server, 10 signed-in
 * freelancers sending proposals as fast as they are answered, against the same transaction
 * (read the project, insert the proposal, mark an invitation answered) run by @libsql/client
 * in a plain loop on the same database file. Interleaved over rounds; medians reported.
 */
const PROJECTS = Number(process.env.BENCH_WRITE_PROJECTS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 10;
/** Each request signs in as the next of CLIENTS × this freelancers: pairs (freelancer, project) never repeat. */
const FREELANCERS_PER_CLIENT = 10;
/** The raw loop's own freelancers: enough pairs for a fast machine's rounds. */
const RAW_FREELANCERS = 50;
const SECRET = "bench-secret-that-is-long-enough-for-next-auth";
const LIMITS = "reads=100000000/1h,mutations=100000000/1h";
const COVER_LETTER =
  "I have built this kind of thing several times; I would start with a short call and a plan.";

const submitInput = (projectId: string) => ({
  projectId,
  coverLetter: COVER_LETTER,
  bidMinor: 150_000,
  estimatedDuration: "1_to_4_weeks",
});

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time per proposal: the loop's own process, or the server's. */
  cpuPerRequest: number;
  /** The server's event-loop delay p99 over the load. */
  loopP99: number;
}

/** One open project after another, and one freelancer after another for each. */
class Pairs {
  private next = 0;
  get taken() {
    return this.next;
  }
  constructor(
    private readonly projectIds: string[],
    private readonly freelancers: number,
  ) {}
  take() {
    const n = this.next++;
    const projectId = this.projectIds[Math.floor(n / this.freelancers)];
    if (!projectId) throw new Error("out of open projects: raise BENCH_WRITE_PROJECTS");
    return { projectId, freelancer: n % this.freelancers };
  }
}

/** The transaction `submitProposal` runs, as plain SQL through @libsql/client. */
async function rawSubmit(client: Client, freelancerId: string, projectId: string) {
  const tx = await client.transaction("write");
  try {
    const project = await tx.execute({
      sql: "select * from projects where id = ? limit 1",
      args: [projectId],
    });
    const row = project.rows[0];
    if (!row || row.status !== "open") throw new Error("project is not open");
    const now = Date.now();
    const inserted = await tx.execute({
      sql:
        "insert into proposals (id, project_id, freelancer_id, cover_letter, bid_minor, currency, estimated_duration, status, created_at, updated_at) " +
        "values (?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?) on conflict do nothing returning *",
      args: [
        crypto.randomUUID(),
        projectId,
        freelancerId,
        COVER_LETTER,
        150_000,
        row.currency ?? null,
        "1_to_4_weeks",
        now,
        now,
      ],
    });
    if (!inserted.rows.length) throw new Error("duplicate proposal");
    await tx.execute({
      sql:
        "update project_invitations set status = 'proposed', decline_reason = null, answered_at = ? " +
        "where project_id = ? and freelancer_id = ? and status in ('pending', 'declined')",
      args: [now, projectId, freelancerId],
    });
    await tx.commit();
  } finally {
    tx.close();
  }
}

async function rawLoop(client: Client, freelancerIds: string[], pairs: Pairs, seconds: number) {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const { projectId, freelancer } = pairs.take();
    const start = performance.now();
    await rawSubmit(client, freelancerIds[freelancer]!, projectId);
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))]!;
  const used = process.cpuUsage(cpu);
  return {
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    cpuPerRequest: (used.user + used.system) / 1000 / latencies.length,
    loopP99: Number.NaN,
  };
}

async function httpLoad(url: string, cookies: string[], pairs: Pairs, seconds: number) {
  const result = await autocannon({
    url,
    connections: CLIENTS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: "POST",
        path: "/api/trpc/proposal.submit",
        setupRequest: (request) => {
          const { projectId, freelancer } = pairs.take();
          return {
            ...request,
            headers: {
              "content-type": "application/json",
              cookie: cookies[freelancer]!,
            },
            body: JSON.stringify({ json: submitInput(projectId) }),
          };
        },
      },
    ],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(
      `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A build's server on its own seeded database, with signed-in freelancers who have sent nothing yet. */
async function prepareTarget(build: Build, dir: string, index: number) {
  const databasePath = path.join(dir, `write-${index}.db`);
  seedWith(build, databasePath, PROJECTS);
  const db = await openDatabase({ url: `file:${databasePath}` });
  const openIds = (
    await db.select({ id: projects.id }).from(projects).where(eq(projects.status, "open"))
  ).map((row) => row.id);
  // New freelancers: the server's and the raw loop's never propose to the same project twice.
  const freelancerIds = Array.from(
    { length: CLIENTS * FREELANCERS_PER_CLIENT + RAW_FREELANCERS },
    () => crypto.randomUUID(),
  );
  await db.insert(users).values(
    freelancerIds.map((id, i) => ({
      id,
      name: `Bench freelancer ${i}`,
      email: `bench-freelancer-${i}@bench.test`,
      emailVerified: new Date(),
      role: "freelancer" as const,
    })),
  );
  const cookies: string[] = [];
  for (const userId of freelancerIds.slice(0, CLIENTS * FREELANCERS_PER_CLIENT)) {
    const sid = await createSessionRow(db, { userId, ip: null, userAgent: null });
    cookies.push(
      `guild.session=${await encode({ token: { sid }, secret: SECRET, salt: "guild.session" })}`,
    );
  }
  const before = await db.$count(proposals);
  db.$client.close();
  const server = await startStandalone(
    {
      DATABASE_URL: `file:${databasePath}`,
      AUTH_SECRET: SECRET,
      GUILD_DEMO_MODE: "true",
      RATE_LIMITS: LIMITS,
      ...(process.env.BENCH_PROFILE_DIR
        ? { NODE_OPTIONS: `--require ${process.env.BENCH_PROFILE_DIR}/preload.cjs` }
        : {}),
    },
    { root: build.root },
  );
  return {
    build,
    databasePath,
    server,
    cookies,
    openIds,
    rawFreelancers: freelancerIds.slice(CLIENTS * FREELANCERS_PER_CLIENT),
    pairs: new Pairs(openIds, CLIENTS * FREELANCERS_PER_CLIENT),
    before,
    sent: 0,
    samples: [] as Figures[],
  };
}

export async function benchWriteHttp() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  const builds = benchBuilds();
  const targets: Awaited<ReturnType<typeof prepareTarget>>[] = [];
  let raw: Client | undefined;
  try {
    for (const [index, build] of builds.entries())
      targets.push(await prepareTarget(build, dir, index));
    const ours = targets.at(-1)!;
    console.log(
      `proposal.submit over HTTP: ${PROJECTS} projects (${ours.openIds.length} open), ${CLIENTS} signed-in clients, ` +
        `${ROUNDS} rounds of ${SECONDS} s, medians`,
    );
    // The loop writes to this build's database; the server may still be finishing requests
    // in flight when a round ends.
    raw = createClient({ url: `file:${ours.databasePath}`, timeout: 5_000 });
    const rawPairs = new Pairs(ours.openIds, ours.rawFreelancers.length);
    const rawSamples: Figures[] = [];

    for (const target of targets) {
      const probe = await fetch(`${target.server.url}/api/trpc/proposal.submit`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: target.cookies[0]! },
        body: JSON.stringify({ json: submitInput(target.pairs.take().projectId) }),
      });
      if (!probe.ok)
        throw new Error(`proposal.submit answered ${probe.status}: ${await probe.text()}`);
      target.sent++;
      target.sent += (await httpLoad(target.server.url, target.cookies, target.pairs, 2)).requests;
    }
    await rawLoop(raw, ours.rawFreelancers, rawPairs, 1);
    for (let round = 0; round < ROUNDS; round++) {
      rawSamples.push(await rawLoop(raw, ours.rawFreelancers, rawPairs, SECONDS));
      for (const target of targets) {
        const http = await withServerFigures(target.server, () =>
          httpLoad(target.server.url, target.cookies, target.pairs, SECONDS),
        );
        target.samples.push(http);
        target.sent += http.requests;
      }
    }
    raw.close();
    raw = undefined;
    for (const target of targets) {
      await target.server.stop();
      // Every answered request wrote exactly one proposal.
      const check = await openDatabase({ url: `file:${target.databasePath}` });
      const rawWritten = target === ours ? rawPairs.taken : 0;
      const written = (await check.$count(proposals)) - target.before - rawWritten;
      check.$client.close();
      // Requests still in flight when a round ends may be written without being counted as answered.
      if (written < target.sent || written > target.pairs.taken)
        throw new Error(
          `${target.build.label}: ${target.sent} requests answered (${target.pairs.taken} sent) but ${written} proposals written`,
        );
    }

    const fig = (list: Figures[], key: keyof Figures) => median(list.map((s) => s[key]));
    const line = (label: string, list: Figures[]) =>
      console.log(
        `  ${label.padEnd(44)} ${fig(list, "rps").toFixed(0).padStart(6)} proposals/s   p50 ${fig(list, "p50").toFixed(1)} ms   ` +
          `p99 ${fig(list, "p99").toFixed(1)} ms   CPU ${fig(list, "cpuPerRequest").toFixed(2)} ms/proposal` +
          (Number.isNaN(fig(list, "loopP99"))
            ? ""
            : `   event-loop p99 ${fig(list, "loopP99").toFixed(1)} ms`),
      );
    line("baseline: raw @libsql/client loop", rawSamples);
    for (const target of targets) {
      line(`${target.build.label}: proposal.submit`, target.samples);
      console.log(
        `    ratio to baseline: throughput ${(fig(target.samples, "rps") / fig(rawSamples, "rps")).toFixed(3)} (aim: at least 0.5), ` +
          `CPU per proposal ${(fig(target.samples, "cpuPerRequest") / fig(rawSamples, "cpuPerRequest")).toFixed(1)}×; ` +
          `${target.sent} requests answered, each wrote one proposal`,
      );
    }
  } finally {
    raw?.close();
    await Promise.all(targets.map((target) => target.server.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
}
