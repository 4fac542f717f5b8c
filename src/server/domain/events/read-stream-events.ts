import "server-only";

import { and, asc, desc, eq, gt } from "drizzle-orm";

import { streamEvents } from "~/server/db/schema/notifications";
import type { PersonContext } from "~/server/domain/context";
import type { LiveEvent } from "~/shared/live-events";

/** What a stream carries: stored events, and signals that are never stored (typing). */
export type StreamEvent = LiveEvent;

/** The actor's own events after `afterId`, oldest first: nobody reads another's stream. */
export async function streamEventsAfter(ctx: PersonContext, afterId: number, limit = 100) {
  const rows = await ctx.db
    .select({ id: streamEvents.id, type: streamEvents.type, data: streamEvents.data })
    .from(streamEvents)
    .where(and(eq(streamEvents.userId, ctx.actor.id), gt(streamEvents.id, afterId)))
    .orderBy(asc(streamEvents.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    event: { type: row.type, data: row.data } as StreamEvent,
  }));
}

/** The id of the actor's newest event (0 when none): a new tab starts from here. */
export async function latestStreamEventId(ctx: PersonContext) {
  const [row] = await ctx.db
    .select({ id: streamEvents.id })
    .from(streamEvents)
    .where(eq(streamEvents.userId, ctx.actor.id))
    .orderBy(desc(streamEvents.id))
    .limit(1);
  return row?.id ?? 0;
}
