import "server-only";

import { EventEmitter } from "node:events";

/**
 * Fan-out of "this person has new stream events". The message carries no data: each stream
 * re-reads the stored event log after its last id, so a lost or repeated signal loses or
 * repeats nothing. In-process by default; with REDIS_URL, Redis pub/sub (see `redis-bus.ts`).
 */
export interface EventBus {
  publish(userId: string): void;
  /** Calls `listener` for every signal about `userId` until the returned function is called. */
  subscribe(userId: string, listener: () => void): () => void;
  /** Calls `listener` when signals may have been missed (a reconnect): every stream re-reads. */
  onResync(listener: () => void): () => void;
  listenerCount(): number;
}

export function createLocalBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (userId) => emitter.emit(userId),
    subscribe(userId, listener) {
      emitter.on(userId, listener);
      return () => emitter.off(userId, listener);
    },
    onResync(listener) {
      emitter.on("\0resync", listener);
      return () => emitter.off("\0resync", listener);
    },
    listenerCount: () =>
      emitter.eventNames().reduce((sum, name) => sum + emitter.listenerCount(name), 0),
  };
}

let bus: EventBus | undefined;

export function getEventBus(): EventBus {
  bus ??= createLocalBus();
  return bus;
}

/** Replaces the bus (the Redis one at start, or a test's). */
export function setEventBus(next: EventBus) {
  bus = next;
}
