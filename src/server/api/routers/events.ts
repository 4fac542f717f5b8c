import { tracked } from "@trpc/server";

import { followStream } from "~/server/domain/events/follow-stream";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { shutdownSignal } from "~/server/shutdown";
import { StreamInput } from "~/shared/schemas/events";

export const eventsRouter = createTRPCRouter({
  /**
   * The signed-in person's live events over SSE, one stream per tab. Each carries its stored
   * id, so a reconnecting tab sends `lastEventId` and resumes where it stopped.
   */
  stream: protectedProcedure.input(StreamInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const afterId = input?.lastEventId ? Number(input.lastEventId) : null;
    // The stream also ends when this instance shuts down: the tab reconnects elsewhere.
    const ends = signal ? AbortSignal.any([signal, shutdownSignal()]) : shutdownSignal();
    for await (const { id, event } of followStream(ctx, { afterId, signal: ends })) {
      yield tracked(String(id), event);
    }
  }),
});
