import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import { notifications } from "~/server/db/schema/notifications";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { appendStreamEvent } from "~/server/domain/events/append-stream-event";
import { countUnread } from "./notify";

/**
 * Marks one of the actor's notifications read and answers the unread count after it; their
 * other tabs hear the new count. Someone else's notification does not exist for them.
 * Marking one already read changes nothing.
 */
export async function markNotificationRead({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const mine = and(eq(notifications.id, input.id), eq(notifications.userId, ctx.actor.id));
    const [marked] = await tx.db
      .update(notifications)
      .set({ readAt: nowOf(tx) })
      .where(and(mine, isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    if (!marked && (await tx.db.$count(notifications, mine)) === 0)
      throw new NotFoundError("We couldn't find that notification among yours.");
    const unread = await countUnread(tx.db, ctx.actor.id);
    if (marked) await appendStreamEvent(tx, ctx.actor.id, "unread", { unread });
    return { unread };
  });
}

/** Marks every notification of the actor's read; their other tabs hear the count drop to 0. */
export async function markAllNotificationsRead({ ctx }: { ctx: PersonContext }) {
  return withTransaction(ctx, async (tx) => {
    const { rowsAffected } = await tx.db
      .update(notifications)
      .set({ readAt: nowOf(tx) })
      .where(and(eq(notifications.userId, ctx.actor.id), isNull(notifications.readAt)));
    const unread = await countUnread(tx.db, ctx.actor.id);
    if (rowsAffected > 0) await appendStreamEvent(tx, ctx.actor.id, "unread", { unread });
    return { unread };
  });
}
