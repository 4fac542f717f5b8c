import "server-only";

import { and, desc, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { messages } from "~/server/db/schema/messages";
import { RateLimitedError } from "~/server/domain/errors";

/**
 * How fast messages may be sent: per person over all their conversations, and per
 * conversation for both members together. Counted from the messages themselves, so every
 * instance sees the same counts and no other store is needed.
 */
export const SEND_LIMITS = {
  perPerson: { count: 30, windowMs: 60_000 },
  perConversation: { count: 40, windowMs: 60_000 },
};

/** Refuses a send that would go over either limit, saying when the person may send again. */
export async function checkSendLimits(
  db: DbOrTx,
  {
    senderId,
    conversationId,
    lastSeq,
    now,
  }: {
    senderId: string;
    conversationId: string;
    lastSeq: number;
    now: Date;
  },
) {
  const { perPerson, perConversation } = SEND_LIMITS;
  // The oldest message that still counts in the window, were this one sent.
  const [personal] = await db
    .select({ createdAt: messages.createdAt })
    .from(messages)
    .where(eq(messages.senderId, senderId))
    .orderBy(desc(messages.createdAt))
    .limit(1)
    .offset(perPerson.count - 1);
  if (personal && now.getTime() - personal.createdAt.getTime() < perPerson.windowMs)
    throw refusal(personal.createdAt, perPerson.windowMs, "You are sending messages very fast.");
  if (lastSeq >= perConversation.count) {
    const [shared] = await db
      .select({ createdAt: messages.createdAt })
      .from(messages)
      .where(
        and(
          eq(messages.conversationId, conversationId),
          eq(messages.seq, lastSeq - perConversation.count + 1),
        ),
      )
      .limit(1);
    if (shared && now.getTime() - shared.createdAt.getTime() < perConversation.windowMs)
      throw refusal(
        shared.createdAt,
        perConversation.windowMs,
        "This conversation is moving very fast.",
      );
  }
}

function refusal(oldest: Date, windowMs: number, what: string) {
  const retryAt = new Date(oldest.getTime() + windowMs);
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
  return new RateLimitedError(
    `${what} Wait ${seconds > 59 ? "a minute" : `${seconds} seconds`} and send it again; nothing you wrote is lost.`,
    retryAt,
  );
}
