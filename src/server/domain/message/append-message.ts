import "server-only";

import { eq, sql } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";
import { conversationMembers, conversations, messages } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import type { DomainContext } from "~/server/domain/context";
import { appendStreamEvent } from "~/server/domain/events/append-stream-event";
import { unreadMessagesTotal } from "./unread-messages";

type Conversation = typeof conversations.$inferSelect;

/**
 * Adds a message to a conversation in the caller's transaction: it takes the next number
 * (SQLite runs one writer at a time, so numbers never collide or skip), the conversation
 * moves to the top of both inboxes, the sender has read up to it, and both members' streams
 * hear of it with their unread totals once the transaction commits.
 */
export async function appendMessage(
  tx: DomainContext & { db: Transaction },
  conversation: Pick<Conversation, "id" | "clientId" | "freelancerId">,
  message: {
    senderId: string | null;
    body: string;
    event?: string;
    clientKey?: string | null;
  },
) {
  const at = nowOf(tx);
  const [numbered] = await tx.db
    .update(conversations)
    .set({ lastSeq: sql`${conversations.lastSeq} + 1`, lastMessageAt: at })
    .where(eq(conversations.id, conversation.id))
    .returning({ seq: conversations.lastSeq });
  const seq = numbered!.seq;
  const [row] = await tx.db
    .insert(messages)
    .values({
      conversationId: conversation.id,
      seq,
      kind: message.senderId ? "text" : "system",
      senderId: message.senderId,
      body: message.body,
      event: message.event ?? null,
      clientKey: message.clientKey ?? null,
      createdAt: at,
    })
    .returning();
  await tx.db
    .update(conversationMembers)
    .set({
      lastMessageAt: at,
      // The sender has seen their own message (and everything before it).
      lastReadSeq: sql`case when ${conversationMembers.userId} = ${message.senderId} then ${seq} else ${conversationMembers.lastReadSeq} end`,
      lastReadAt: sql`case when ${conversationMembers.userId} = ${message.senderId} then ${at.getTime()} else ${conversationMembers.lastReadAt} end`,
    })
    .where(eq(conversationMembers.conversationId, conversation.id));
  await announceMessage(tx, conversation, { id: row!.id, seq, change: "new" });
  return row!;
}

/** Tells both members' streams that a message arrived or changed. */
export async function announceMessage(
  tx: DomainContext & { db: Transaction },
  conversation: Pick<Conversation, "id" | "clientId" | "freelancerId">,
  message: { id: string; seq: number; change: "new" | "edited" | "deleted" },
) {
  for (const userId of [conversation.clientId, conversation.freelancerId]) {
    await appendStreamEvent(tx, userId, "message", {
      conversationId: conversation.id,
      messageId: message.id,
      seq: message.seq,
      change: message.change,
      unreadMessages: await unreadMessagesTotal(tx.db, userId),
    });
  }
}
