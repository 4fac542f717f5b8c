import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createCaller } from "~/server/api/root";
import type { PersonActor } from "~/server/domain/actor";
import { withTransaction } from "~/server/domain/context";
import { appendStreamEvent } from "~/server/domain/events/append-stream-event";
import { createLocalBus, getEventBus, setEventBus } from "~/server/events/bus";
import { createRedisBus } from "~/server/events/redis-bus";
import { logger } from "~/server/observability/logger";
import { testRequest } from "../../helpers/caller";
import { proposalConversation } from "../../helpers/conversations";
import { actor } from "../../helpers/people";
import { startRedis } from "../../helpers/redis-server";
import { createTestDatabase } from "../../helpers/test-db";

const { db } = await createTestDatabase();

interface Received {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/** Opens `person`'s stream as a tab would, collecting what arrives until it is closed. */
async function openStream(person: PersonActor, lastEventId: string | null = null) {
  const controller = new AbortController();
  const request = testRequest();
  const caller = createCaller(
    { db, actor: person, request, log: logger.child({ requestId: request.requestId }) },
    { signal: controller.signal },
  );
  const iterable = await caller.events.stream({ lastEventId });
  const received: Received[] = [];
  const iterator = (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const ended = (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const [id, event] = next.value as [string, { type: string; data: Record<string, unknown> }];
      received.push({ id, ...event });
    }
  })();
  // Let the stream read its starting point before anything happens.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    received,
    async close() {
      controller.abort();
      await ended;
    },
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const unread = (person: PersonActor, count: number) =>
  withTransaction({ db, actor: person }, (tx) =>
    appendStreamEvent(tx, person.id, "unread", { unread: count }),
  );

describe("the live event stream", () => {
  it("carries a person's new events in order, only theirs, and only once committed", async () => {
    const ada = (await actor(db, "freelancer")).session;
    const bob = (await actor(db, "client")).session;
    const adaStream = await openStream(ada);
    const bobStream = await openStream(bob);

    await unread(ada, 1);
    await unread(ada, 2);
    await expect(
      withTransaction({ db, actor: ada }, async (tx) => {
        await appendStreamEvent(tx, ada.id, "unread", { unread: 99 });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await unread(ada, 3);

    await until(() => adaStream.received.length === 3, "three events");
    expect(adaStream.received.map((event) => event.data.unread)).toEqual([1, 2, 3]);
    const ids = adaStream.received.map((event) => Number(event.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(bobStream.received).toEqual([]);
    await adaStream.close();
    await bobStream.close();
  });

  it("a reconnecting tab resumes after its last event id, losing and repeating nothing", async () => {
    const ada = (await actor(db, "freelancer")).session;
    const first = await openStream(ada);
    await unread(ada, 1);
    await until(() => first.received.length === 1, "the first event");
    await first.close();

    // While the tab is away, two events happen.
    await unread(ada, 2);
    await unread(ada, 3);
    const again = await openStream(ada, first.received[0]!.id);
    await until(() => again.received.length === 2, "the missed events");
    await unread(ada, 4);
    await until(() => again.received.length === 3, "a live event");
    expect(again.received.map((event) => event.data.unread)).toEqual([2, 3, 4]);
    await again.close();
  });

  it("opening and closing 1,000 streams leaves no listener behind", async () => {
    const ada = (await actor(db, "freelancer")).session;
    const bus = getEventBus();
    const before = bus.listenerCount();
    const streams = [];
    for (let i = 0; i < 1_000; i++) streams.push(await openStreamQuick(ada));
    expect(bus.listenerCount()).toBe(before + 2_000);
    await Promise.all(streams.map((stream) => stream.close()));
    expect(bus.listenerCount()).toBe(before);
  });

  it("refuses a signed-out caller and a malformed last event id", async () => {
    const request = testRequest();
    const anonymous = createCaller({ db, actor: null, request, log: logger });
    await expect(anonymous.events.stream({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const ada = (await actor(db, "freelancer")).session;
    const caller = createCaller({ db, actor: ada, request, log: logger });
    await expect(caller.events.stream({ lastEventId: "1; drop table" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

/** Like `openStream`, without the settling pause (for the thousand). */
async function openStreamQuick(person: PersonActor) {
  const controller = new AbortController();
  const request = testRequest();
  const caller = createCaller(
    { db, actor: person, request, log: logger },
    { signal: controller.signal },
  );
  const iterator = ((await caller.events.stream({ lastEventId: null })) as AsyncIterable<unknown>)[
    Symbol.asyncIterator
  ]();
  const next = iterator.next();
  // The stream has subscribed once it waits for its first event.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return {
    async close() {
      controller.abort();
      await next;
    },
  };
}

describe("the live event stream across instances (Redis pub/sub)", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    setEventBus(createLocalBus());
    await redis.stop();
  });

  it("an event published on one instance reaches a stream on another; after a Redis restart nothing is lost or repeated", async () => {
    const instanceOne = createRedisBus(redis.url, logger);
    const instanceTwo = createRedisBus(redis.url, logger);
    const ada = (await actor(db, "freelancer")).session;
    // This process plays instance two: its streams listen on its bus.
    setEventBus(instanceTwo);
    const stream = await openStream(ada);
    await new Promise((resolve) => setTimeout(resolve, 200));

    // Instance one stores an event and publishes it on its own bus.
    const onInstanceOne = async (count: number) => {
      setEventBus(instanceOne);
      await unread(ada, count);
      setEventBus(instanceTwo);
    };
    await onInstanceOne(1);
    await until(() => stream.received.length === 1, "the event from the other instance");

    await redis.stop();
    await onInstanceOne(2);
    await onInstanceOne(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.restart();
    await until(() => stream.received.length === 3, "the events published while Redis was down");
    await onInstanceOne(4);
    await until(() => stream.received.length === 4, "a live event after the restart");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stream.received.map((event) => event.data.unread)).toEqual([1, 2, 3, 4]);

    await stream.close();
    await instanceOne.close();
    await instanceTwo.close();
  });

  it("a message and a typing signal sent through one instance reach the other member's stream on another", async () => {
    const instanceOne = createRedisBus(redis.url, logger);
    const instanceTwo = createRedisBus(redis.url, logger);
    const { client, freelancer, conversationId } = await proposalConversation(db);
    setEventBus(instanceTwo);
    const stream = await openStream(freelancer.session);
    await new Promise((resolve) => setTimeout(resolve, 200));

    setEventBus(instanceOne);
    await client.api.message.typing({ conversationId });
    const sent = await client.api.message.send({ conversationId, body: "Across instances" });
    setEventBus(instanceTwo);
    await until(
      () => stream.received.some((event) => event.type === "message"),
      "the message from the other instance",
    );
    const typing = stream.received.find((event) => event.type === "typing");
    expect(typing?.data).toMatchObject({ conversationId, userId: client.user.id });
    expect(stream.received.find((event) => event.type === "message")?.data).toMatchObject({
      conversationId,
      messageId: sent.id,
      change: "new",
      unreadMessages: 1,
    });

    await stream.close();
    await instanceOne.close();
    await instanceTwo.close();
  });
});
