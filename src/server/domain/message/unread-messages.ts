import "server-only";

import { and, count, eq, gt, isNull, ne, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { conversationMembers, messages } from "~/server/db/schema/messages";

/**
 * Messages waiting for `userId`: the other member's messages after their read position, not
 * deleted. System messages (contract events) are told by notifications, so they never count.
 */
function unreadFor(userId: string) {
  return and(
    eq(conversationMembers.userId, userId),
    gt(messages.seq, conversationMembers.lastReadSeq),
    eq(messages.kind, "text"),
    ne(messages.senderId, userId),
    isNull(messages.deletedAt),
    // Hidden by an admin: gone for the reader, so nothing waits to be read.
    isNull(messages.hiddenAt),
  );
}

/** The person's unread messages over all their conversations (the header's count). */
export async function unreadMessagesTotal(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(conversationMembers)
    .innerJoin(messages, eq(messages.conversationId, conversationMembers.conversationId))
    .where(unreadFor(userId));
  return row?.n ?? 0;
}

/** Unread messages per conversation, for the conversations given. */
export async function unreadByConversation(db: DbOrTx, userId: string, conversationIds: string[]) {
  if (conversationIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ conversationId: conversationMembers.conversationId, n: count() })
    .from(conversationMembers)
    .innerJoin(messages, eq(messages.conversationId, conversationMembers.conversationId))
    .where(and(unreadFor(userId), sql`${conversationMembers.conversationId} in ${conversationIds}`))
    .groupBy(conversationMembers.conversationId);
  return new Map(rows.map((row) => [row.conversationId, row.n]));
}
