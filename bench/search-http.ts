import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client, type InArgs, type InStatement } from "@libsql/client";
import autocannon from "autocannon";
import { Column, eq, is } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import superjson from "superjson";

import { startStandalone } from "../e2e/standalone-server";
import { benchBuilds, seedWith, type Build } from "./builds";
import { withServerFigures } from "./server-figures";
import { openDatabase, type Database } from "~/server/db/client";
import * as schema from "~/server/db/schema/index";
import { projects } from "~/server/db/schema/projects";
import { skillsByProject, type SkillTag } from "~/server/domain/project/project-card";
import {
  searchProjectsQuery,
  searchResultsPage,
  type SearchCard,
  type SearchRow,
} from "~/server/domain/project/search-projects";
import { SearchProjectsInput } from "~/shared/schemas/project";

/**
 * Project search over HTTP: `project.search` on the production standalone server against
 * our ceiling, a bare `node:http` server in its own process that runs the same SQL through
 * @libsql/client on the same database file and answers the same bytes. Both take the same
 * request mix from 50 connections, interleaved over rounds; medians are reported.
 */
const PROJECTS = Number(process.env.BENCH_SEARCH_PROJECTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// High enough that every request is counted and none refused.
const LIMITS = "reads=100000000/1h";
const CEILING_ARG = "--serve-search-ceiling";

/** What people type and pick on /projects; every word and skill occurs in the seeded briefs. */
export const SEARCH_MIX: SearchProjectsInput[] = [
  { q: "react" },
  { q: "reac" },
  { q: "shopify" },
  { q: "kubernetes" },
  { q: "coffee" },
  { q: "postgresql queries" },
  { q: "brand identity" },
  { q: "design system" },
  { q: "api", skills: ["rest-apis"] },
  { q: "data", experienceLevel: "intermediate" },
  { q: "translate", sort: "newest" },
  { q: "wordpress", sort: "budget" },
  {},
  { skills: ["python"] },
  { budgetType: "hourly", experienceLevel: "expert" },
  { minBudgetMinor: 200_000, maxBudgetMinor: 500_000 },
  { experienceLevel: "entry" },
  { budgetType: "fixed", sort: "budget" },
];

const searchPath = (input: SearchProjectsInput) =>
  `/api/trpc/project.search?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/** Thrown by the recording client: the statement drizzle built, never run. */
class Recorded extends Error {
  constructor(readonly statement: InStatement) {
    super("recorded statement");
  }
}

/** The ceiling's request handler: the domain's own SQL, run raw, answered as tRPC would. */
function ceilingHandler(client: Client) {
  const recordingClient = { execute: (s: InStatement) => Promise.reject(new Recorded(s)) };
  const builder = drizzle({ client: recordingClient as unknown as Client, schema }) as Database;
  const recordedStatement = (run: Promise<unknown>) =>
    run.then(
      () => Promise.reject(new Error("nothing was recorded")),
      // drizzle wraps what the client threw in its DrizzleQueryError.
      (error: unknown) => {
        const cause = error instanceof Error ? error.cause : undefined;
        return cause instanceof Recorded ? cause.statement : Promise.reject(error);
      },
    );

  return async (url: string) => {
    const raw = new URL(url, "http://ceiling").searchParams.get("input") ?? "{}";
    const input = SearchProjectsInput.parse((JSON.parse(raw) as { json?: unknown }).json ?? {});
    const { sort, match, query, cards, cardSelection } = searchProjectsQuery({
      db: builder,
      input,
      now: new Date(),
    });
    /** A statement's rows as drizzle would map them, from the selection it was built with. */
    const run = async <Row>(
      statement: { toSQL(): { sql: string; params: unknown[] } },
      selection: Record<string, unknown>,
    ) => {
      const { sql, params } = statement.toSQL();
      const fields = Object.entries(selection);
      const result = await client.execute({ sql, args: params as InArgs });
      return result.rows.map(
        (row) =>
          Object.fromEntries(
            fields.map(([key, field], i) => {
              const value = row[i] ?? null;
              return [
                key,
                value !== null && is(field, Column) ? field.mapFromDriverValue(value) : value,
              ];
            }),
          ) as Row,
      );
    };
    const rows = await run<SearchRow>(query, { id: null, sortKey: null, tiebreak: null });
    const ids = rows.slice(0, input.limit).map((row) => row.id);
    const pageCards = ids.length ? await run<SearchCard>(cards(ids), cardSelection) : [];
    const tags = new Map<string, SkillTag[]>();
    if (ids.length) {
      // The tags query belongs to project-card; record its SQL rather than copy it here.
      const statement = await recordedStatement(skillsByProject(builder, ids));
      for (const row of (await client.execute(statement)).rows) {
        const projectId = String(row[0]);
        const list = tags.get(projectId) ?? [];
        list.push({ slug: String(row[1]), name: String(row[2]) });
        tags.set(projectId, list);
      }
    }
    const page = searchResultsPage({
      sort,
      match,
      limit: input.limit,
      rows,
      cards: pageCards,
      tags,
    });
    return JSON.stringify({ result: { data: superjson.serialize(page) } });
  };
}

/**
 * Child-process entry: serve the ceiling on a free port and tell the parent which.
 * The embedded libSQL client runs each query synchronously. Answering every request read in
 * one poll back to back makes each turn of the event loop long, and Node takes in about one
 * new connection per turn: at 50 connections, some waited seconds to be accepted and the
 * ceiling's p99 measured connection start-up. One answer per turn keeps accepting prompt.
 */
function serveCeiling(databasePath: string) {
  const answer = ceilingHandler(createClient({ url: `file:${databasePath}` }));
  const waiting: (() => Promise<void>)[] = [];
  let serving = false;
  const serveNext = () => {
    const next = waiting.shift();
    serving = next !== undefined;
    if (next) void next().finally(() => setImmediate(serveNext));
  };
  const server = createServer((req, res) => {
    waiting.push(() =>
      answer(req.url ?? "/").then(
        (body) => void res.writeHead(200, { "content-type": "application/json" }).end(body),
        (error: unknown) => void res.writeHead(500).end(String(error)),
      ),
    );
    if (!serving) {
      serving = true;
      setImmediate(serveNext);
    }
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
  });
}

async function startCeiling(databasePath: string) {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [CEILING_ARG, databasePath], {
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production" },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`ceiling server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
}

interface LoadedFigures extends Figures {
  cpuPerRequest: number;
  loopP99: number;
}

async function load(
  label: string,
  url: string,
  seconds: number,
  { connections = CONNECTIONS, rate }: { connections?: number; rate?: number } = {},
) {
  const requests = SEARCH_MIX.map((input) => ({
    method: "GET" as const,
    path: searchPath(input),
  }));
  let connection = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    // A fixed offered rate measures latency under load that does not queue without bound.
    ...(rate ? { overallRate: rate } : {}),
    // Queueing at 50 connections is about a second here; a slow answer is a figure, not an error.
    timeout: 30,
    requests,
    // Each connection starts at a different point of the mix, so the load stays mixed.
    setupClient: (client) => {
      const start = connection++ % requests.length;
      client.setRequests([...requests.slice(start), ...requests.slice(0, start)]);
    },
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    throw new Error(
      `${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

/** Every search in the mix must get the same bytes from both servers, or the race is unfair. */
async function expectSameAnswers(oursUrl: string, ceilingUrl: string) {
  for (const input of SEARCH_MIX) {
    const answers = await Promise.all(
      [oursUrl, ceilingUrl].map(async (url) => {
        const response = await fetch(url + searchPath(input));
        return `${response.status} ${await response.text()}`;
      }),
    );
    const [ours, ceiling] = answers as [string, string];
    if (!ours.startsWith("200 ") || ours !== ceiling) {
      throw new Error(
        `${JSON.stringify(input)}: answers differ\n  ours ${ours.slice(0, 400)}\n  ceiling ${ceiling.slice(0, 400)}`,
      );
    }
  }
}

async function seedDatabase(build: Build, databasePath: string) {
  const start = performance.now();
  seedWith(build, databasePath, PROJECTS);
  const seconds = (performance.now() - start) / 1000;
  const db = await openDatabase({ url: `file:${databasePath}` });
  const open = await db.$count(projects, eq(projects.status, "open"));
  db.$client.close();
  return { open, seconds };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Target {
  label: string;
  url: string;
  pid: number;
  /** Only our servers serve /api/metrics, where the event-loop delay is read. */
  eventLoop: boolean;
}

export async function benchSearchHttp() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  const builds = benchBuilds();
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const targets: Target[] = [];
    let ceilingDatabase = "";
    for (const [index, build] of builds.entries()) {
      const databasePath = path.join(dir, `search-${index}.db`);
      const seeded = await seedDatabase(build, databasePath);
      console.log(
        `search over HTTP (${build.label}): ${PROJECTS} projects (${seeded.open} open) seeded in ${seeded.seconds.toFixed(1)} s`,
      );
      // A non-empty database: demo mode seeds nothing more.
      const server = await startStandalone(
        { DATABASE_URL: `file:${databasePath}`, GUILD_DEMO_MODE: "true", RATE_LIMITS: LIMITS },
        { root: build.root },
      );
      stops.push(() => server.stop());
      targets.push({
        label: `ours (${build.label})`,
        url: server.url,
        pid: server.pid,
        eventLoop: true,
      });
      ceilingDatabase = databasePath;
    }
    // The ceiling runs this build's SQL on this build's database.
    const ceiling = await startCeiling(ceilingDatabase);
    stops.push(() => ceiling.stop());
    targets.unshift({
      label: "ceiling: node:http + @libsql/client",
      url: ceiling.url,
      pid: ceiling.pid,
      eventLoop: false,
    });
    console.log(
      `  ${SEARCH_MIX.length} searches, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s, medians`,
    );

    const loaded = new Map<string, LoadedFigures[]>();
    const alone = new Map<string, Figures>();
    const steady = new Map<string, Figures>();
    await expectSameAnswers(targets.at(-1)!.url, ceiling.url);
    for (const target of targets) await load(target.label, target.url, 3);
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of targets) {
        const figures = await withServerFigures(
          target,
          () => load(target.label, target.url, SECONDS),
          { eventLoop: target.eventLoop },
        );
        loaded.set(target.label, [...(loaded.get(target.label) ?? []), figures]);
      }
    }
    // One connection: what a single search costs when nothing queues ahead of it.
    for (const target of targets)
      alone.set(
        target.label,
        await load(target.label, target.url, Math.ceil(SECONDS / 2), { connections: 1 }),
      );
    // Saturated, latency is only queueing (connections / throughput). Offered half the
    // ceiling's capacity over the same 50 connections, it shows what a busy site feels.
    const ceilingRps = median(loaded.get(targets[0]!.label)!.map((s) => s.rps));
    const steadyRate = Math.max(1, Math.floor(ceilingRps / 2));
    for (const target of targets)
      steady.set(target.label, await load(target.label, target.url, SECONDS, { rate: steadyRate }));

    const figure = (label: string, key: keyof LoadedFigures) =>
      median(loaded.get(label)!.map((sample) => sample[key]));
    for (const { label, eventLoop } of targets) {
      console.log(
        `  ${label.padEnd(44)} ${figure(label, "rps").toFixed(0).padStart(6)} req/s   ` +
          `p50 ${figure(label, "p50")} ms   p99 ${figure(label, "p99")} ms   ` +
          `CPU ${figure(label, "cpuPerRequest").toFixed(2)} ms/request` +
          (eventLoop ? `   event-loop p99 ${figure(label, "loopP99").toFixed(1)} ms` : "") +
          `\n      1 connection: p50 ${alone.get(label)!.p50} ms, p99 ${alone.get(label)!.p99} ms; ` +
          `${steadyRate} req/s offered: p50 ${steady.get(label)!.p50} ms, p99 ${steady.get(label)!.p99} ms`,
      );
    }
    const ceilingLabel = targets[0]!.label;
    for (const { label } of targets.slice(1)) {
      console.log(
        `  ${label}: ratio to ceiling ${(figure(label, "rps") / figure(ceilingLabel, "rps")).toFixed(2)} (aim: at least 0.9); ` +
          `p99/p50 at ${CONNECTIONS} connections ${(figure(label, "p99") / figure(label, "p50")).toFixed(1)} (aim: at most 3); ` +
          `1-connection p99 ${alone.get(label)!.p99} ms (aim: under 25); event-loop p99 ${figure(label, "loopP99").toFixed(1)} ms (aim: under 20)`,
      );
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === CEILING_ARG && process.argv[1] === fileURLToPath(import.meta.url))
  serveCeiling(process.argv[3]!);
