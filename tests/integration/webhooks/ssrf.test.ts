import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

/**
 * With the development setting off (as in production), webhooks go only to public addresses:
 * loopback, private, link-local and reserved addresses, names that resolve to them, and IPv6
 * spellings of them are refused when the URL is saved, and again when a delivery connects, so a
 * name that changes its answer afterwards (DNS rebinding) reaches nothing.
 */
process.env.WEBHOOKS_ALLOW_LOOPBACK = "false";

const { createTestDatabase } = await import("../../helpers/test-db");
const { actor } = await import("../../helpers/people");
const { startWebhookReceiver } = await import("../../helpers/webhook-receiver");
const { createCaller } = await import("~/server/api/root");
const { logger } = await import("~/server/observability/logger");
const { testRequest } = await import("../../helpers/caller");
const { webhookDeliveries } = await import("~/server/db/schema/webhooks");
const { refusedAddress } = await import("~/server/webhooks/address-policy");
const { guardedLookup } = await import("~/server/webhooks/guarded-lookup");
const { deliverWebhook } = await import("~/server/domain/webhook/deliver-webhook");
const { publishWebhookEvent } = await import("~/server/domain/webhook/publish-event");

const { db } = await createTestDatabase();
const receiver = await startWebhookReceiver();
afterAll(() => receiver.close());

type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** A caller whose webhooks resolve names with `resolve` (the system's resolver otherwise). */
function callerWith(session: Awaited<ReturnType<typeof actor>>["session"], resolve?: Resolve) {
  const request = testRequest();
  return createCaller({
    db,
    actor: session,
    request,
    log: logger.child({ requestId: request.requestId }),
    webhooks: resolve ? { resolve } : {},
  });
}

const refusedUrls = [
  receiver.url,
  "https://127.0.0.1/hooks",
  "https://127.1.2.3/hooks",
  "https://localhost/hooks",
  "https://10.0.0.8/hooks",
  "https://172.20.1.1/hooks",
  "https://192.168.1.10/hooks",
  "https://100.64.0.1/hooks",
  "https://169.254.169.254/latest/meta-data",
  "https://0.0.0.0/hooks",
  "https://[::1]/hooks",
  "https://[::]/hooks",
  "https://[::ffff:127.0.0.1]/hooks",
  "https://[::ffff:a9fe:a9fe]/hooks",
  "https://[fe80::1]/hooks",
  "https://[fd12:3456::1]/hooks",
  "https://224.0.0.1/hooks",
];

describe("webhook URLs", () => {
  it.each(refusedUrls)("refuses %s when it is saved", async (url) => {
    const { session } = await actor(db, "client");
    await expect(
      callerWith(session).webhook.create({ url, eventKinds: ["proposal.received"] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(
        /^(Use an https URL|Guild sends webhooks only to public addresses)/,
      ),
    });
  });

  it("refuses plain http, credentials in the URL and a name that resolves to a private address", async () => {
    const { session } = await actor(db, "client");
    const eventKinds = ["proposal.received" as const];
    await expect(
      callerWith(session).webhook.create({ url: "http://93.184.215.14/hooks", eventKinds }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Use an https URL." });
    await expect(
      callerWith(session).webhook.create({ url: "https://me:pw@93.184.215.14/", eventKinds }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const privateName: Resolve = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    await expect(
      callerWith(session, privateName).webhook.create({
        url: "https://hooks.example/",
        eventKinds,
      }),
    ).rejects.toMatchObject({
      message:
        "Guild sends webhooks only to public addresses: hooks.example resolves to a private address.",
    });
    const created = await callerWith(session).webhook.create({
      url: "https://93.184.215.14/hooks",
      eventKinds,
    });
    expect(created.secret).toMatch(/^whsec_/);
  });

  it("checks the address again when a delivery connects, so a name that changed its answer reaches nothing", async () => {
    const { session, user } = await actor(db, "client");
    // Public when the URL is saved and when the delivery starts; loopback when the socket's
    // lookup asks, as a rebinding name would answer.
    let asked = 0;
    const rebinding: Resolve = async () =>
      ++asked <= 2
        ? [{ address: "93.184.215.14", family: 4 }]
        : [{ address: "127.0.0.1", family: 4 }];
    const created = await callerWith(session, rebinding).webhook.create({
      url: `https://rebind.example:${receiver.port}/hooks`,
      eventKinds: ["proposal.received"],
    });
    const [deliveryId] = await publishWebhookEvent(
      { db },
      { userId: user.id, kind: "proposal.received", eventId: "rebind-1", data: {} },
    );
    const outcome = await deliverWebhook(
      { db, actor: null, webhooks: { resolve: rebinding } },
      { deliveryId: deliveryId!, attempt: 1 },
    );
    expect(outcome).toBe("retrying");
    expect(asked).toBe(3);
    const [row] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, created.id));
    expect(row).toMatchObject({ attempts: 1, lastResponseCode: null });
    expect(row!.lastError).toBe("rebind.example resolves to a loopback address");
    expect(receiver.received).toEqual([]);
  });

  it("refuses at delivery a URL saved while the setting was on", async () => {
    const { user } = await actor(db, "client");
    const { webhookEndpoints } = await import("~/server/db/schema/webhooks");
    const [endpoint] = await db
      .insert(webhookEndpoints)
      .values({
        userId: user.id,
        url: receiver.url,
        eventKinds: ["proposal.received"],
        secretSealed: (await import("~/server/webhooks/sealed-secret")).sealWebhookSecret(
          "whsec_x",
        ),
        secretPrefix: "whsec_x",
      })
      .returning();
    const [deliveryId] = await publishWebhookEvent(
      { db },
      { userId: user.id, kind: "proposal.received", eventId: "old-loopback", data: {} },
    );
    await deliverWebhook({ db, actor: null }, { deliveryId: deliveryId!, attempt: 1 });
    const [row] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpoint!.id));
    expect(row!.lastError).toBe("Only https URLs receive webhooks.");
    expect(receiver.received).toEqual([]);
  });
});

describe("the address policy", () => {
  it("lets public addresses through and names why others are refused", () => {
    const off = { allowLoopback: false };
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "[2a00:1450::1]"])
      expect(refusedAddress(address, off)).toBeNull();
    expect(refusedAddress("127.0.0.1", off)).toBe("a loopback address");
    expect(refusedAddress("::1", off)).toBe("a loopback address");
    expect(refusedAddress("169.254.169.254", off)).toBe("a link-local address");
    expect(refusedAddress("0:0:0:0:0:ffff:7f00:1", off)).toBe("a loopback address");
    expect(refusedAddress("::ffff:10.0.0.1", off)).toBe("an IPv4 address written as IPv6");
    expect(refusedAddress("::ffff:10.0.0.1", { allowLoopback: true })).toBe(
      "an IPv4 address written as IPv6",
    );
    expect(refusedAddress("64:ff9b::a00:1", off)).toBe("an IPv4 address written as IPv6");
    expect(refusedAddress("172.31.255.255", off)).toBe("a private address");
    expect(refusedAddress("172.32.0.1", off)).toBeNull();
  });

  it("lets only loopback through with the development setting", () => {
    const on = { allowLoopback: true };
    expect(refusedAddress("127.0.0.1", on)).toBeNull();
    expect(refusedAddress("::1", on)).toBeNull();
    expect(refusedAddress("10.0.0.1", on)).toBe("a private address");
    expect(refusedAddress("169.254.169.254", on)).toBe("a link-local address");
  });

  it("answers the socket's lookup in both of its shapes, or an error", async () => {
    const resolve: Resolve = async () => [{ address: "93.184.215.14", family: 4 }];
    const lookup = guardedLookup({ allowLoopback: false, resolve });
    const one = await new Promise((done) =>
      lookup("a.example", { family: 0 }, (error, address, family) =>
        done({ error, address, family }),
      ),
    );
    expect(one).toEqual({ error: null, address: "93.184.215.14", family: 4 });
    const all = await new Promise((done) =>
      lookup("a.example", { all: true }, (error, addresses) => done({ error, addresses })),
    );
    expect(all).toEqual({ error: null, addresses: [{ address: "93.184.215.14", family: 4 }] });
    const refused = guardedLookup({
      allowLoopback: false,
      resolve: async () => [{ address: "192.168.0.1", family: 4 }],
    });
    const error = await new Promise((done) => refused("b.example", {}, (e) => done(e)));
    expect(String(error)).toMatch(/b\.example resolves to a private address/);
  });
});
