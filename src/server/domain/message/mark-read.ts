import "server-only";

import { and, eq, lt } from "drizzle-orm";

import { conversationMembers } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { appendStreamEvent } from "~/server/domain/events/append-stream-event";
import { conversationAs } from "./conversation-access";
import { unreadMessagesTotal } from "./unread-messages";

/**
 * A member has seen a conversation up to message `seq`: their read position only moves
 * forward (a late call from an older tab changes nothing). The other member's stream gets the
 * receipt; the reader's other tabs get their new unread count.
 */
export async function markRead({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { conversationId: string; seq: number };
}) {
  return withTransaction(ctx, async (tx) => {
    const me = ctx.actor.id;
    const { conversation, otherId } = await conversationAs(tx.db, me, input.conversationId);
    const seq = Math.min(input.seq, conversation.lastSeq);
    const [moved] = await tx.db
      .update(conversationMembers)
      .set({ lastReadSeq: seq, lastReadAt: nowOf(ctx) })
      .where(
        and(
          eq(conversationMembers.conversationId, conversation.id),
          eq(conversationMembers.userId, me),
          lt(conversationMembers.lastReadSeq, seq),
        ),
      )
      .returning({ seq: conversationMembers.lastReadSeq });
    const unreadMessages = await unreadMessagesTotal(tx.db, me);
    if (moved) {
      const receipt = { conversationId: conversation.id, userId: me, seq };
      await appendStreamEvent(tx, me, "read", { ...receipt, unreadMessages });
      await appendStreamEvent(tx, otherId, "read", {
        ...receipt,
        unreadMessages: await unreadMessagesTotal(tx.db, otherId),
      });
    }
    return { seq: moved?.seq ?? null, unreadMessages };
  });
}
