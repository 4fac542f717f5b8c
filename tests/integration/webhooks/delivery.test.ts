import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Outgoing webhooks delivered for real, to a receiver on this test's own loopback port (the
 * development setting is on here; `ssrf.test.ts` runs with it off): signed events, retries with
 * backoff, one delivery per event however often a job runs, secret rotation's overlap, and an
 * endpoint turned off (its owner told) after failing deliveries in a row.
 */
process.env.WEBHOOKS_ALLOW_LOOPBACK = "true";

const { createTestDatabase } = await import("../../helpers/test-db");
const { actor, domainCtx } = await import("../../helpers/people");
const { callerFor } = await import("../../helpers/caller");
const { notificationsOf, jobsNamed } = await import("../../helpers/notifications");
const { projectInput, proposalInput } = await import("../../helpers/marketplace");
const { startWebhookReceiver } = await import("../../helpers/webhook-receiver");
const { runDueJobs } = await import("~/server/jobs/drain");
const { pruneExpired } = await import("~/server/jobs/housekeeping");
const { jobs } = await import("~/server/db/schema/jobs");
const { auditEvents } = await import("~/server/db/schema/auth");
const { webhookDeliveries, webhookEndpoints } = await import("~/server/db/schema/webhooks");
const { verifyWebhookSignature } = await import("~/server/webhooks/signature");
const { deliverWebhook, WEBHOOK_MAX_ATTEMPTS } =
  await import("~/server/domain/webhook/deliver-webhook");
const { publishWebhookEvent } = await import("~/server/domain/webhook/publish-event");
const { WEBHOOK_DISABLE_AFTER_FAILURES } = await import("~/shared/webhooks");

const { db } = await createTestDatabase();
const receiver = await startWebhookReceiver();
afterAll(() => receiver.close());

beforeAll(() => {
  receiver.received.length = 0;
});

const MINUTE = 60_000;

async function endpointFor(kinds: string[] = ["proposal.received"]) {
  const owner = await actor(db, "client");
  const created = await owner.api.webhook.create({
    url: receiver.url,
    eventKinds: kinds as never,
  });
  return { owner, created };
}

function deliveriesOf(endpointId: string) {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
}

describe("webhook delivery", () => {
  it("sends the owner's notification to their endpoint, signed, and lists it with its response code", async () => {
    const { owner, created } = await endpointFor();
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    // A stranger subscribed to the same kind hears nothing of this client's project.
    const stranger = await endpointFor();

    const freelancer = await actor(db, "freelancer");
    const project = await owner.api.project.create(await projectInput(db));
    await owner.api.project.publish({ id: project.id });
    receiver.received.length = 0;
    await freelancer.api.proposal.submit(proposalInput(project.id));
    await runDueJobs(db);

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers["guild-event"]).toBe("proposal.received");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(
      verifyWebhookSignature(
        created.secret,
        String(request!.headers["guild-signature"]),
        request!.body,
      ),
    ).toBe(true);
    expect(
      verifyWebhookSignature(
        stranger.created.secret,
        String(request!.headers["guild-signature"]),
        request!.body,
      ),
    ).toBe(false);
    const body = JSON.parse(request!.body) as {
      id: string;
      deliveryId: string;
      type: string;
      data: { title: string; url: string; notificationId: string };
    };
    const [notice] = await notificationsOf(db, owner.user.id);
    expect(body).toMatchObject({
      id: `notification:${notice!.id}`,
      deliveryId: request!.headers["guild-delivery"],
      type: "proposal.received",
      data: { notificationId: notice!.id, title: notice!.title },
    });
    expect(body.data.url).toMatch(/^https?:\/\/.+\/my\/projects\//);

    const [listed] = await owner.api.webhook.list();
    expect(listed!.deliveries).toEqual([
      expect.objectContaining({
        id: body.deliveryId,
        eventKind: "proposal.received",
        status: "succeeded",
        attempts: 1,
        lastResponseCode: 200,
      }),
    ]);
    expect(await deliveriesOf(stranger.created.id)).toEqual([]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it("sends a test event on request, and audits the endpoint's creation without its secret", async () => {
    const { owner, created } = await endpointFor(["payment.succeeded"]);
    receiver.received.length = 0;
    const { deliveryId } = await owner.api.webhook.sendTest({ endpointId: created.id });
    await runDueJobs(db);
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers["guild-event"]).toBe("webhook.test");
    expect(request!.headers["guild-delivery"]).toBe(deliveryId);
    expect(
      verifyWebhookSignature(
        created.secret,
        String(request!.headers["guild-signature"]),
        request!.body,
      ),
    ).toBe(true);

    const audited = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, owner.user.id));
    expect(audited.map((event) => event.action)).toContain("webhook.created");
    expect(JSON.stringify(audited)).not.toContain(created.secret);
  });

  it("connects to a name through the checking lookup (localhost, with the setting on)", async () => {
    const { owner, created } = await endpointFor();
    await owner.api.webhook.update({
      endpointId: created.id,
      url: `http://localhost:${receiver.port}/hooks/by-name`,
      eventKinds: ["proposal.received"],
    });
    receiver.received.length = 0;
    await owner.api.webhook.sendTest({ endpointId: created.id });
    await runDueJobs(db);
    expect(receiver.received).toHaveLength(1);
    const [listed] = await owner.api.webhook.list();
    expect(listed!.deliveries[0]).toMatchObject({ status: "succeeded", lastResponseCode: 200 });
  });

  it("retries a failed attempt later with growing waits, sending the same delivery id and body", async () => {
    const { owner, created } = await endpointFor();
    receiver.received.length = 0;
    receiver.answers.push(500, 503);
    const t0 = new Date("2026-12-03T10:00:00Z");
    const [deliveryId] = await publishWebhookEvent(
      { db, now: () => t0 },
      { userId: owner.user.id, kind: "proposal.received", eventId: "retry-1", data: { n: 1 } },
    );
    const ctx = (at: Date) => ({ ...domainCtx(db), actor: null, now: () => at });

    expect(await deliverWebhook(ctx(t0), { deliveryId: deliveryId!, attempt: 1 })).toBe("retrying");
    let [row] = await deliveriesOf(created.id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastResponseCode: 500 });
    const firstWait = row!.nextAttemptAt!.getTime() - t0.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(0.9 * MINUTE);
    expect(firstWait).toBeLessThanOrEqual(1.1 * MINUTE);
    const [next] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `webhook.deliver:${deliveryId}:2`));
    expect(next!.runAt).toEqual(row!.nextAttemptAt);

    const t1 = row!.nextAttemptAt!;
    expect(await deliverWebhook(ctx(t1), { deliveryId: deliveryId!, attempt: 2 })).toBe("retrying");
    [row] = await deliveriesOf(created.id);
    const secondWait = row!.nextAttemptAt!.getTime() - t1.getTime();
    expect(secondWait).toBeGreaterThanOrEqual(4.5 * MINUTE);
    expect(secondWait).toBeLessThanOrEqual(5.5 * MINUTE);
    expect(row).toMatchObject({ attempts: 2, lastResponseCode: 503 });

    expect(
      await deliverWebhook(ctx(row!.nextAttemptAt!), { deliveryId: deliveryId!, attempt: 3 }),
    ).toBe("succeeded");
    [row] = await deliveriesOf(created.id);
    expect(row).toMatchObject({
      status: "succeeded",
      attempts: 3,
      lastResponseCode: 200,
      nextAttemptAt: null,
    });
    expect(new Set(receiver.received.map((r) => r.headers["guild-delivery"]))).toEqual(
      new Set([deliveryId]),
    );
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
  });

  it("writes one delivery per event and endpoint, and a job that runs again sends nothing more", async () => {
    const { owner, created } = await endpointFor();
    receiver.received.length = 0;
    const event = { userId: owner.user.id, kind: "proposal.received", eventId: "once-1", data: {} };
    const [deliveryId] = await publishWebhookEvent({ db }, event);
    expect(await publishWebhookEvent({ db }, event)).toEqual([]);
    expect(await deliveriesOf(created.id)).toHaveLength(1);

    // The job for attempt 1 runs, then runs again (its worker died before marking it done).
    const [job] = await db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `webhook.deliver:${deliveryId}:1`));
    await runDueJobs(db);
    await db
      .update(jobs)
      .set({ status: "waiting", runAt: new Date(0) })
      .where(eq(jobs.id, job!.id));
    await runDueJobs(db);
    expect(receiver.received).toHaveLength(1);
    expect(await deliveriesOf(created.id)).toEqual([
      expect.objectContaining({ status: "succeeded", attempts: 1 }),
    ]);
  });

  it("signs with the old and the new secret for a day after a rotation, then with the new one only", async () => {
    const { owner, created } = await endpointFor();
    const t0 = new Date();
    const rotated = await callerFor(db, owner.session).webhook.rotateSecret({
      endpointId: created.id,
    });
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previousValidUntil.getTime() - t0.getTime()).toBeGreaterThan(23 * 60 * MINUTE);

    receiver.received.length = 0;
    await owner.api.webhook.sendTest({ endpointId: created.id });
    await runDueJobs(db);
    const header = String(receiver.received[0]!.headers["guild-signature"]);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifyWebhookSignature(created.secret, header, receiver.received[0]!.body)).toBe(true);
    expect(verifyWebhookSignature(rotated.secret, header, receiver.received[0]!.body)).toBe(true);

    // A day and a minute later only the new secret signs.
    const later = new Date(rotated.previousValidUntil.getTime() + MINUTE);
    const [deliveryId] = await publishWebhookEvent(
      { db, now: () => later },
      { userId: owner.user.id, kind: "proposal.received", eventId: "after-overlap", data: {} },
    );
    receiver.received.length = 0;
    await deliverWebhook(
      { db, actor: null, now: () => later },
      { deliveryId: deliveryId!, attempt: 1 },
    );
    const afterHeader = String(receiver.received[0]!.headers["guild-signature"]);
    expect(afterHeader.match(/v1=/g)).toHaveLength(1);
    const nowS = Math.floor(later.getTime() / 1000);
    expect(
      verifyWebhookSignature(rotated.secret, afterHeader, receiver.received[0]!.body, { nowS }),
    ).toBe(true);
    expect(
      verifyWebhookSignature(created.secret, afterHeader, receiver.received[0]!.body, { nowS }),
    ).toBe(false);

    const actions = (
      await db.select().from(auditEvents).where(eq(auditEvents.targetId, owner.user.id))
    ).map((e) => e.action);
    expect(actions).toContain("webhook.secret_rotated");
  });

  it("turns an endpoint off after deliveries in a row fail every attempt, tells its owner, and turns back on", async () => {
    const { owner, created } = await endpointFor();
    const ctx = { db, actor: null };
    for (let event = 1; event <= WEBHOOK_DISABLE_AFTER_FAILURES; event++) {
      const [deliveryId] = await publishWebhookEvent(ctx, {
        userId: owner.user.id,
        kind: "proposal.received",
        eventId: `down-${event}`,
        data: {},
      });
      for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
        receiver.answers.push(502);
        await deliverWebhook(ctx, { deliveryId: deliveryId!, attempt });
      }
    }
    const [endpoint] = await db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, created.id));
    expect(endpoint).toMatchObject({
      status: "disabled",
      consecutiveFailures: WEBHOOK_DISABLE_AFTER_FAILURES,
    });
    expect(endpoint!.disabledReason).toMatch(/5 deliveries in a row failed/);
    const notices = await notificationsOf(db, owner.user.id);
    expect(notices.map((n) => n.kind)).toContain("webhook.disabled");
    const told = notices.find((n) => n.kind === "webhook.disabled")!;
    const emails = await jobsNamed(db, "notification.email");
    expect(
      emails.some((job) => (job.payload as { notificationId: string }).notificationId === told.id),
    ).toBe(true);

    // Turned off, it receives nothing new and refuses a test event.
    expect(
      await publishWebhookEvent(ctx, {
        userId: owner.user.id,
        kind: "proposal.received",
        eventId: "while-off",
        data: {},
      }),
    ).toEqual([]);
    await expect(owner.api.webhook.sendTest({ endpointId: created.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    await owner.api.webhook.setEnabled({ endpointId: created.id, enabled: true });
    const [again] = await owner.api.webhook.list();
    expect(again).toMatchObject({ status: "active", consecutiveFailures: 0, disabledReason: null });
  });

  it("keeps deliveries 30 days: the daily housekeeping removes older ones", async () => {
    const { owner, created } = await endpointFor();
    const old = new Date(Date.now() - 31 * 24 * 60 * MINUTE);
    const event = (eventId: string) => ({
      userId: owner.user.id,
      kind: "proposal.received",
      eventId,
      data: {},
    });
    await publishWebhookEvent({ db, now: () => old }, event("old-one"));
    await publishWebhookEvent({ db }, event("recent-one"));
    const removed = await pruneExpired(db, new Date());
    expect(removed.webhook_deliveries).toBe(1);
    expect((await deliveriesOf(created.id)).map((d) => d.eventId)).toEqual(["recent-one"]);
  });

  it("is its owner's alone: another person's calls find no such endpoint", async () => {
    const { created } = await endpointFor();
    const other = await actor(db, "freelancer");
    for (const call of [
      () => other.api.webhook.sendTest({ endpointId: created.id }),
      () => other.api.webhook.rotateSecret({ endpointId: created.id }),
      () => other.api.webhook.setEnabled({ endpointId: created.id, enabled: false }),
      () => other.api.webhook.delete({ endpointId: created.id }),
      () =>
        other.api.webhook.update({
          endpointId: created.id,
          url: receiver.url,
          eventKinds: ["proposal.received"],
        }),
    ])
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await other.api.webhook.list()).toEqual([]);
  });
});
