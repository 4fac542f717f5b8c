import "server-only";

import { and, eq, isNull } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { notifications } from "~/server/db/schema/notifications";
import { personOf } from "~/server/domain/actor";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { appendStreamEvent } from "~/server/domain/events/append-stream-event";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { notificationsVisibleTo } from "~/server/domain/moderation/visible-content";
import { publishWebhookEvent } from "~/server/domain/webhook/publish-event";
import type { NotificationKind } from "~/shared/notifications";
import { appUrl } from "./email-templates";
import { emailSettingFor } from "./preferences";

/** What one person should know about one event. */
export interface Notice {
  userId: string;
  kind: NotificationKind;
  /** Names the event, e.g. `proposal.received:<proposal id>`: the same event, the same key. */
  eventKey: string;
  /** One plain sentence naming who did what to which thing. */
  title: string;
  /** A short quote or detail (a reason, a note), if any. */
  body?: string | null;
  /** The page of the thing it is about. */
  href: string;
}

const BODY_MAX = 280;

/** The person's unread notifications, counted on the partial index of unread ones. */
export function countUnread(db: DbOrTx, userId: string) {
  return db.$count(
    notifications,
    and(
      eq(notifications.userId, userId),
      isNull(notifications.readAt),
      notificationsVisibleTo(userId),
    ),
  );
}

/**
 * Tells a person about an event, in the transaction of the change that caused it: a rolled-back
 * change leaves no notification, no live event and no email job. One event notifies a person
 * once, however often it is replayed (the unique (user, event key) pair); nobody is told of
 * their own action. Answers the new notification's id, or null when nothing was written.
 */
export async function notify(ctx: DomainContext, notice: Notice): Promise<string | null> {
  if (personOf(ctx.actor)?.id === notice.userId) return null;
  return withTransaction(ctx, async (tx) => {
    const body = notice.body?.trim();
    const [created] = await tx.db
      .insert(notifications)
      .values({
        userId: notice.userId,
        kind: notice.kind,
        eventKey: notice.eventKey,
        title: notice.title,
        body: body ? (body.length > BODY_MAX ? `${body.slice(0, BODY_MAX - 1)}…` : body) : null,
        href: notice.href,
        createdAt: nowOf(tx),
      })
      .onConflictDoNothing({ target: [notifications.userId, notifications.eventKey] })
      .returning({ id: notifications.id });
    if (!created) return null;
    const unread = await countUnread(tx.db, notice.userId);
    await appendStreamEvent(tx, notice.userId, "notification", {
      notificationId: created.id,
      unread,
    });
    if ((await emailSettingFor(tx.db, notice.userId, notice.kind)) === "immediately") {
      await enqueueJob(
        tx,
        "notification.email",
        { notificationId: created.id },
        { dedupeKey: `notification.email:${created.id}` },
      );
    }
    // What the person reads in their bell, and nothing more: it is theirs to see.
    await publishWebhookEvent(tx, {
      userId: notice.userId,
      kind: notice.kind,
      eventId: `notification:${created.id}`,
      data: {
        notificationId: created.id,
        title: notice.title,
        body: body || null,
        url: appUrl(notice.href),
      },
    });
    return created.id;
  });
}
