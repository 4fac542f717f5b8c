import "server-only";

import { Redis } from "ioredis";

import type { Logger } from "~/server/observability/logger";
import { createLocalBus, type EphemeralSignal, type EventBus } from "./bus";

const CHANNEL = "guild:stream-events";

/**
 * The bus across instances: one publisher and one subscriber connection per process, so a
 * change on one instance reaches a tab streaming from another. Redis pub/sub drops what is
 * published while a connection is down; when the subscriber is back, every local stream is
 * told to re-read the event log from its last id, so nothing is lost.
 */
export function createRedisBus(url: string, log: Logger): EventBus {
  const local = createLocalBus();
  const publisher = new Redis(url, { maxRetriesPerRequest: 1 });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  let connectedBefore = false;
  subscriber.on("ready", () => {
    if (connectedBefore) {
      log.info("event bus reconnected to Redis; streams re-read their events");
      local.resync();
    }
    connectedBefore = true;
  });
  subscriber.on("error", (error) => log.warn({ err: error }, "event bus subscriber error"));
  publisher.on("error", (error) => log.warn({ err: error }, "event bus publisher error"));
  // A stored event's signal is the user id alone; an ephemeral one is JSON with its data.
  subscriber.on("message", (_channel: string, message: string) => {
    if (!message.startsWith("{")) return local.publish(message);
    try {
      const { userId, signal } = JSON.parse(message) as { userId: string; signal: EphemeralSignal };
      local.publish(userId, signal);
    } catch (error) {
      log.warn({ err: error }, "event bus dropped an unreadable message");
    }
  });
  void subscriber
    .subscribe(CHANNEL)
    .catch((error: unknown) =>
      log.warn({ err: error }, "event bus could not subscribe yet; ioredis retries"),
    );

  return {
    publish(userId, ephemeral) {
      const message = ephemeral ? JSON.stringify({ userId, signal: ephemeral }) : userId;
      publisher.publish(CHANNEL, message).catch((error: unknown) => {
        // The event is stored; streams here re-read it now, others when Redis is back.
        log.warn({ err: error }, "event bus publish failed");
        local.publish(userId, ephemeral);
      });
    },
    subscribe: local.subscribe,
    onResync: local.onResync,
    listenerCount: local.listenerCount,
    async close() {
      await local.close();
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
