import "server-only";

import { streamEvents } from "~/server/db/schema/notifications";
import { afterCommit, type DomainContext } from "~/server/domain/context";
import { getEventBus } from "~/server/events/bus";

import type { StreamEventData, StreamEventType } from "~/shared/live-events";

export type { StreamEventData, StreamEventType };

/**
 * Appends an event to `userId`'s stream in the caller's transaction; their open tabs hear of
 * it once that commits. Ids are ordered, so a tab that reconnects resumes where it stopped.
 */
export async function appendStreamEvent<T extends StreamEventType>(
  ctx: DomainContext,
  userId: string,
  type: T,
  data: StreamEventData[T],
) {
  await ctx.db.insert(streamEvents).values({
    userId,
    type,
    data: data as unknown as Record<string, unknown>,
    createdAt: ctx.now?.() ?? new Date(),
  });
  afterCommit(ctx, () => getEventBus().publish(userId));
}
