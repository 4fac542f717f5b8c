import { Writable } from "node:stream";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from "@opentelemetry/sdk-trace-base";
import { and, eq, ne } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { jobs } from "~/server/db/schema/jobs";
import { claimJob, runClaimedJob } from "~/server/jobs/embedded-engine";
import { jobHandlers } from "~/server/jobs/handlers";
import { loggerOptions } from "~/server/observability/logger";
import { withSpan } from "~/server/observability/tracing";
import { createStripeProvider } from "~/server/payments/stripe";
import { sendWebhook } from "~/server/webhooks/send-webhook";
import { fakeStripe } from "../../helpers/fake-stripe";
import { createProject } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { startWebhookReceiver } from "../../helpers/webhook-receiver";

const { db } = await createTestDatabase();
const exporter = new InMemorySpanExporter();

/** The JSON lines a logger shaped like Guild's writes, inside whatever span is active. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ ...loggerOptions, level: "info" }, stream), lines };
}

/** Publishes a fresh draft through tRPC: a transaction that also enqueues a job. */
async function publishDraft() {
  const client = await actor(db, "client");
  const draft = await createProject(db, client.user.id, { status: "draft" });
  await client.api.project.publish({ id: draft.id });
  const [job] = await db
    .select()
    .from(jobs)
    .where(eq(jobs.dedupeKey, `saved_search.match:published:${draft.id}`));
  return { job: job!, client, project: draft };
}

/** Runs `job` now on the embedded engine (its runAt is a few seconds ahead), and no other. */
async function runNow(job: typeof jobs.$inferSelect) {
  await db
    .update(jobs)
    .set({ status: "done" })
    .where(and(eq(jobs.status, "waiting"), ne(jobs.id, job.id)));
  const claimed = await claimJob(db, "test", 60_000, job.runAt.getTime() + 1);
  expect(claimed?.id).toBe(job.id);
  await runClaimedJob(claimed!, {
    db,
    handlers: jobHandlers,
    log: capturingLogger().log,
    leaseMs: 60_000,
    backoffMs: 60_000,
  });
}

const named = (name: string) => (span: ReadableSpan) => span.name === name;
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe("with no tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset)", () => {
  it("records nothing, keeps no traceparent with jobs and puts no trace id in log lines", async () => {
    const { job } = await publishDraft();
    expect(job.traceParent).toBeNull();
    await runNow(job);

    const { log, lines } = capturingLogger();
    await withSpan("work", {}, async () => log.info("inside"));
    expect(lines[0]).not.toHaveProperty("traceId");
    expect(trace.getActiveSpan()).toBeUndefined();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

describe("with a tracer provider", () => {
  const provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });

  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(provider);
  });
  afterAll(async () => {
    trace.disable();
    context.disable();
    await provider.shutdown();
  });
  beforeEach(() => exporter.reset());

  it("gives a tRPC call a procedure span whose database statements are its children", async () => {
    const { client, project } = await publishDraft();
    exporter.reset();
    await client.api.project.byId({ id: project.id });
    const spans = exporter.getFinishedSpans();
    const procedure = spans.find(named("trpc project.byId"))!;
    expect(procedure.attributes).toMatchObject({
      "trpc.path": "project.byId",
      "trpc.type": "query",
      "trpc.code": "OK",
    });
    const statements = spans.filter(
      (span) =>
        span.attributes["db.query.text"] !== undefined &&
        parentOf(span) === procedure.spanContext().spanId,
    );
    expect(statements.length).toBeGreaterThan(0);
    for (const span of statements) {
      expect(span.spanContext().traceId).toBe(procedure.spanContext().traceId);
      expect(span.attributes["db.system.name"]).toBe("sqlite");
      expect(span.name).toBe("db SELECT");
      expect(String(span.attributes["db.query.text"])).toMatch(/^select /i);
    }
  });

  it("marks a refusal on the procedure span without failing it", async () => {
    const { client } = await publishDraft();
    exporter.reset();
    await expect(client.api.project.byId({ id: crypto.randomUUID() })).rejects.toThrow();
    const procedure = exporter.getFinishedSpans().find(named("trpc project.byId"))!;
    expect(procedure.attributes["trpc.code"]).toBe("NOT_FOUND");
    expect(procedure.status.code).toBe(SpanStatusCode.UNSET);
  });

  it("spans a transaction from begin to commit, with its statements inside it", async () => {
    await publishDraft();
    const spans = exporter.getFinishedSpans();
    const procedure = spans.find(named("trpc project.publish"))!;
    const transaction = spans.find(
      (span) => span.name === "db TRANSACTION" && parentOf(span) === procedure.spanContext().spanId,
    )!;
    expect(transaction.attributes["db.transaction.outcome"]).toBe("committed");
    const inside = spans.filter((span) => parentOf(span) === transaction.spanContext().spanId);
    expect(inside.map((span) => span.name)).toEqual(
      expect.arrayContaining(["db UPDATE", "db INSERT"]),
    );
    // Bound values never reach a span: only the statement with its placeholders.
    const update = inside.find(named("db UPDATE"))!;
    expect(String(update.attributes["db.query.text"])).toContain("?");
  });

  it("runs a job enqueued in a traced call as a span in that call's trace", async () => {
    const { job } = await publishDraft();
    const procedure = exporter.getFinishedSpans().find(named("trpc project.publish"))!;
    const { traceId, spanId } = procedure.spanContext();
    expect(job.traceParent).toBe(`00-${traceId}-${spanId}-01`);

    exporter.reset();
    await runNow(job);
    const spans = exporter.getFinishedSpans();
    const run = spans.find(named("job saved_search.match"))!;
    expect(run.spanContext().traceId).toBe(traceId);
    expect(parentOf(run)).toBe(spanId);
    expect(run.attributes).toMatchObject({ "job.id": job.id, "job.name": "saved_search.match" });
    // The handler's statements belong to the run.
    expect(spans.some((span) => parentOf(span) === run.spanContext().spanId)).toBe(true);
  });

  it("writes the active span's trace id into every log line", async () => {
    const { log, lines } = capturingLogger();
    let ids: { traceId: string; spanId: string } | undefined;
    await withSpan("work", {}, async (span) => {
      ids = span.spanContext();
      log.child({ requestId: "r-1" }).info("inside");
    });
    log.info("outside");
    expect(lines[0]).toMatchObject({ msg: "inside", traceId: ids!.traceId, spanId: ids!.spanId });
    expect(lines[1]).not.toHaveProperty("traceId");
  });

  it("wraps each Stripe call in a client span, marked failed when Stripe refuses", async () => {
    const stripe = fakeStripe();
    const provider = createStripeProvider({
      secretKey: "sk_test_x",
      httpClient: stripe.httpClient,
    });
    await withSpan("work", {}, () =>
      provider.createCustomer({ id: "user-1", email: "a@example.com" }),
    );
    const call = exporter.getFinishedSpans().find(named("stripe createCustomer"))!;
    expect(call.kind).toBe(SpanKind.CLIENT);
    expect(call.status.code).toBe(SpanStatusCode.UNSET);

    await expect(
      withSpan("work", {}, () => provider.retrieveCharge("pi_missing")),
    ).rejects.toThrow();
    const failed = exporter.getFinishedSpans().find(named("stripe retrieveCharge"))!;
    expect(failed.status.code).toBe(SpanStatusCode.ERROR);
  });

  it("wraps each webhook POST in a client span naming only the receiver's host", async () => {
    const receiver = await startWebhookReceiver();
    receiver.answers.push(200, 500);
    const post = () =>
      withSpan("work", {}, () =>
        sendWebhook({
          url: `${receiver.url}?token=theirs`,
          headers: { "Content-Type": "application/json" },
          body: "{}",
          allowLoopback: true,
          timeoutMs: 5_000,
        }),
      );
    await post();
    await post();
    await receiver.close();
    const [ok, refused] = exporter.getFinishedSpans().filter(named("webhook POST"));
    expect(ok!.kind).toBe(SpanKind.CLIENT);
    expect(ok!.attributes).toEqual({
      "http.request.method": "POST",
      "server.address": "127.0.0.1",
      "http.response.status_code": 200,
    });
    expect(ok!.status.code).toBe(SpanStatusCode.UNSET);
    expect(refused!.attributes["http.response.status_code"]).toBe(500);
    expect(refused!.status.code).toBe(SpanStatusCode.ERROR);
  });
});
