import { setMaxListeners } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { createCaller } from "~/server/api/root";
import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { conversationMembers, conversations, messages } from "~/server/db/schema/messages";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { PersonActor } from "~/server/domain/actor";
import { SEND_LIMITS } from "~/server/domain/message/send-limits";
import { logger } from "~/server/observability/logger";

const silent = logger.child({});
silent.level = "silent";
const SENDERS = 50;
const PER_SENDER = 20;

const person = (row: {
  id: string;
  name: string;
  email: string;
  role: "client" | "freelancer";
}): PersonActor => ({
  kind: "person",
  ...row,
  status: "active",
  emailVerified: true,
  twoFactorEnabled: false,
  sessionId: null,
  secondFactorVerified: false,
});

const callerAs = (db: Database, actor: PersonActor, signal?: AbortSignal) =>
  createCaller(
    {
      db,
      actor,
      request: { ip: null, userAgent: null, requestId: "bench", origin: null },
      log: silent,
    },
    signal ? { signal } : undefined,
  );

/** `pairs` clients and freelancers, each pair with a project and its open conversation. */
async function pairsOf(db: Database, pairs: number, tag: string) {
  const clients = Array.from({ length: pairs }, (_, i) => ({
    id: crypto.randomUUID(),
    name: `Client ${tag} ${i}`,
    email: `client-${tag}-${i}@bench.test`,
    role: "client" as const,
  }));
  const freelancers = clients.map((_, i) => ({
    id: crypto.randomUUID(),
    name: `Freelancer ${tag} ${i}`,
    email: `freelancer-${tag}-${i}@bench.test`,
    role: "freelancer" as const,
  }));
  await db.insert(users).values([...clients, ...freelancers]);
  const now = new Date();
  const projectRows = clients.map((client) => ({
    id: crypto.randomUUID(),
    clientId: client.id,
    title: "Kiosk app for a museum",
    description: "Screens for booking tickets at the museum's entrance, in three languages.",
    status: "open" as const,
    budgetType: "fixed" as const,
    budgetMinMinor: 100_000,
    budgetMaxMinor: 300_000,
    currency: "USD",
    experienceLevel: "intermediate" as const,
    duration: "1_to_3_months" as const,
    publishedAt: now,
  }));
  await db.insert(projects).values(projectRows);
  const conversationRows = clients.map((client, i) => ({
    id: crypto.randomUUID(),
    projectId: projectRows[i]!.id,
    clientId: client.id,
    freelancerId: freelancers[i]!.id,
    lastMessageAt: now,
  }));
  await db.insert(conversations).values(conversationRows);
  await db.insert(conversationMembers).values(
    conversationRows.flatMap((c) => [
      { conversationId: c.id, userId: c.clientId, lastMessageAt: now },
      { conversationId: c.id, userId: c.freelancerId, lastMessageAt: now },
    ]),
  );
  return conversationRows.map((c, i) => ({
    conversationId: c.id,
    client: person(clients[i]!),
    freelancer: person(freelancers[i]!),
  }));
}

function rate(label: string, count: number, ms: number) {
  const perSecond = (count / ms) * 1000;
  console.log(
    `  ${label.padEnd(56)} ${perSecond.toFixed(0).padStart(6)} /s  (${count} in ${ms.toFixed(0)} ms)`,
  );
  return perSecond;
}

/** 50 senders at once, each sending its messages one after another through `message.send`. */
async function sendThroughTrpc(db: Database) {
  const pairs = await pairsOf(db, SENDERS, "send");
  const started = performance.now();
  await Promise.all(
    pairs.map(async ({ client, conversationId }) => {
      const api = callerAs(db, client);
      for (let i = 0; i < PER_SENDER; i++)
        await api.message.send({ conversationId, body: `Message ${i} about the kiosk screens.` });
    }),
  );
  return performance.now() - started;
}

/** The same number of rows, 50 writers at once, as bare single-row inserts. */
async function rawInserts(db: Database) {
  const pairs = await pairsOf(db, SENDERS, "raw");
  const started = performance.now();
  await Promise.all(
    pairs.map(async ({ client, conversationId }) => {
      for (let i = 0; i < PER_SENDER; i++)
        await db.insert(messages).values({
          conversationId,
          seq: i + 1,
          senderId: client.id,
          body: `Message ${i} about the kiosk screens.`,
        });
    }),
  );
  return performance.now() - started;
}

/** Send to stream: `samples` messages to people whose streams are open, `open` of them. */
async function delivery(db: Database, open: number, samples: number) {
  const pairs = await pairsOf(db, open, `stream-${open}`);
  const waiting = new Map<string, (at: number) => void>();
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const streams = pairs.map(async ({ freelancer }) => {
    const iterable = (await callerAs(db, freelancer, controller.signal).events.stream(
      {},
    )) as AsyncIterable<[string, { type: string }]>;
    for await (const [, event] of iterable)
      if (event.type === "message") waiting.get(freelancer.id)?.(performance.now());
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const { client, freelancer, conversationId } = pairs[i % pairs.length]!;
    const arrived = new Promise<number>((resolve) => waiting.set(freelancer.id, resolve));
    await callerAs(db, client).message.send({ conversationId, body: `Ping ${i}` });
    const sent = performance.now();
    latencies.push(Math.max(0, (await arrived) - sent));
    waiting.delete(freelancer.id);
  }
  controller.abort();
  await Promise.allSettled(streams);
  latencies.sort((a, b) => a - b);
  return {
    p50: latencies[Math.floor(latencies.length / 2)]!,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]!,
  };
}

/**
 * `npm run bench` (messages): messages sent per second through tRPC by 50 concurrent senders,
 * against the same rows inserted bare by 50 concurrent writers on the same database; then
 * delivery latency from a send's answer to the other member's stream, with 1 and with 1,000
 * open streams.
 */
export async function benchMessages() {
  // The bench measures the work of a send, not the limits: one pair sends 300 in a row.
  SEND_LIMITS.perPerson.count = 1_000_000;
  SEND_LIMITS.perConversation.count = 1_000_000;
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-messages-"));
  const db = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
  try {
    await applyMigrations(db, "drizzle");
    const total = SENDERS * PER_SENDER;
    console.log(`messages: ${SENDERS} concurrent senders, ${total} messages`);
    const baseline = rate(
      "baseline: bare single-row inserts, 50 writers",
      total,
      await rawInserts(db),
    );
    const ours = rate(
      "message.send through tRPC (checks, events, email job)",
      total,
      await sendThroughTrpc(db),
    );
    console.log(`  ratio ours / baseline: ${(ours / baseline).toFixed(2)}`);

    console.log("message delivery: send answered to the other member's stream, 300 messages");
    const one = await delivery(db, 1, 300);
    console.log(
      `  baseline: 1 open stream       p50 ${one.p50.toFixed(2)} ms   p99 ${one.p99.toFixed(2)} ms`,
    );
    const many = await delivery(db, 1_000, 300);
    console.log(
      `  1,000 open streams            p50 ${many.p50.toFixed(2)} ms   p99 ${many.p99.toFixed(2)} ms`,
    );
    console.log(`  ratio p99 1,000 / 1: ${(many.p99 / Math.max(one.p99, 0.001)).toFixed(2)}`);
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
