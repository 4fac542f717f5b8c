import "server-only";

import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";

import { notifications } from "~/server/db/schema/notifications";
import type { PersonContext } from "~/server/domain/context";
import { notificationsVisibleTo } from "~/server/domain/moderation/visible-content";
import {
  NOTIFICATIONS_PAGE_SIZE,
  type ListNotificationsInput,
} from "~/shared/schemas/notification";
import { countUnread } from "./notify";

const encodeCursor = (row: { createdAt: Date; id: string }) =>
  `${row.createdAt.getTime()}_${row.id}`;

function decodeCursor(cursor: string) {
  const separator = cursor.indexOf("_");
  return {
    createdAt: new Date(Number(cursor.slice(0, separator))),
    id: cursor.slice(separator + 1),
  };
}

/**
 * The actor's own notifications, newest first, one keyset page at a time: `nextCursor` names
 * the last one shown and is null on the last page. Nobody else's are ever in the query.
 */
export async function listNotifications({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ListNotificationsInput>;
}) {
  const conditions: SQL[] = [
    eq(notifications.userId, ctx.actor.id),
    notificationsVisibleTo(ctx.actor.id),
  ];
  if (input.cursor) {
    const { createdAt, id } = decodeCursor(input.cursor);
    // A row value, so the index is entered at the cursor instead of walked from the newest.
    conditions.push(
      sql`(${notifications.createdAt}, ${notifications.id}) < (${createdAt.getTime()}, ${id})`,
    );
  }
  // One extra row tells whether another page follows.
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      href: notifications.href,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE + 1);
  const items = rows.slice(0, NOTIFICATIONS_PAGE_SIZE);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > NOTIFICATIONS_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}

/** How many of the actor's notifications are unread: the bell's number. */
export async function unreadCount({ ctx }: { ctx: PersonContext }) {
  return countUnread(ctx.db, ctx.actor.id);
}
