"use client";

import type { LiveEvent } from "~/shared/live-events";

type Listener = (event: LiveEvent) => void;
const listeners = new Set<Listener>();

/**
 * The tab has one stream (`LiveEvents`); parts of a page that care about its events (an open
 * thread, the inbox) listen here instead of opening their own. Returns the unsubscribe.
 */
export function onLiveEvent(listener: Listener) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function dispatchLiveEvent(event: LiveEvent) {
  for (const listener of listeners) listener(event);
}
