import "server-only";

import { EventEmitter } from "node:events";

import type { EphemeralSignal } from "~/shared/live-events";

export type { EphemeralSignal };

/**
 * Fan-out of "this person has new stream events". The message carries no data: each stream
 * re-reads the stored event log after its last id, so a lost or repeated signal loses or
 * repeats nothing. In-process by default; with REDIS_URL, Redis pub/sub (see `redis-bus.ts`).
 * An ephemeral signal rides the same path with its data, as it has nothing stored behind it.
 */
export interface EventBus {
  publish(userId: string, ephemeral?: EphemeralSignal): void;
  /** Calls `listener` for every signal about `userId` until the returned function is called. */
  subscribe(userId: string, listener: (ephemeral?: EphemeralSignal) => void): () => void;
  /** Calls `listener` when signals may have been missed (a reconnect): every stream re-reads. */
  onResync(listener: () => void): () => void;
  /** Listeners attached now (a test checks that closed streams leave none behind). */
  listenerCount(): number;
  close(): Promise<void>;
}

const RESYNC = Symbol("resync");

/** The in-process bus; `resync` tells every listener to re-read. */
export function createLocalBus(): EventBus & { resync(): void } {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (userId, ephemeral) => void emitter.emit(userId, ephemeral),
    subscribe(userId, listener) {
      emitter.on(userId, listener);
      return () => void emitter.off(userId, listener);
    },
    onResync(listener) {
      emitter.on(RESYNC, listener);
      return () => void emitter.off(RESYNC, listener);
    },
    resync: () => void emitter.emit(RESYNC),
    listenerCount: () =>
      emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0),
    close: async () => void emitter.removeAllListeners(),
  };
}

// On globalThis: the bus chosen at start-up (instrumentation) must be the one route handlers
// publish to and stream from, though each bundle has its own copy of this module.
const KEY = Symbol.for("guild.eventBus");
type Store = { [KEY]?: EventBus };

export function getEventBus(): EventBus {
  const store = globalThis as Store;
  store[KEY] ??= createLocalBus();
  return store[KEY];
}

/** Replaces the bus (the Redis one at start, or a test's). */
export function setEventBus(next: EventBus) {
  (globalThis as Store)[KEY] = next;
}
