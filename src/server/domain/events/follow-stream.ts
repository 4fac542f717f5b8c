import "server-only";

import type { PersonContext } from "~/server/domain/context";
import { type EphemeralSignal, getEventBus } from "~/server/events/bus";
import { latestStreamEventId, type StreamEvent, streamEventsAfter } from "./read-stream-events";

/** A stream re-reads at least this often, even if a signal was lost without a reconnect. */
const REREAD_MS = 25_000;
const PAGE = 100;

/**
 * The actor's events, in order, from after `afterId` (a reconnecting tab's last id) or from
 * now, until `signal` aborts. Signals on the bus only wake it; the stored log is the truth,
 * so nothing is lost or repeated. Every listener it adds is removed when it ends. An ephemeral
 * signal (typing) is passed on at once, under the last stored id: a tab that reconnects
 * resumes after the same stored event either way.
 */
export async function* followStream(
  ctx: PersonContext,
  { afterId, signal }: { afterId: number | null; signal?: AbortSignal },
) {
  const bus = getEventBus();
  let last = afterId ?? (await latestStreamEventId(ctx));
  let pending = afterId !== null;
  let wake: (() => void) | null = null;
  const signals: EphemeralSignal[] = [];
  const poke = (signal?: EphemeralSignal) => {
    if (signal) signals.push(signal);
    else pending = true;
    wake?.();
  };
  const stopUser = bus.subscribe(ctx.actor.id, poke);
  const stopResync = bus.onResync(poke);
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort);
  try {
    while (!signal?.aborted) {
      if (signals.length > 0) {
        for (const ephemeral of signals.splice(0))
          yield { id: last, event: ephemeral as StreamEvent };
        continue;
      }
      if (pending) {
        pending = false;
        const rows = await streamEventsAfter(ctx, last, PAGE);
        for (const row of rows) {
          last = row.id;
          yield row;
        }
        if (rows.length === PAGE) pending = true;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => poke(), REREAD_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  } finally {
    stopUser();
    stopResync();
    signal?.removeEventListener("abort", onAbort);
  }
}
