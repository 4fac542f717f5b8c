import "server-only";

import { and, eq, or } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { conversationMembers, conversations } from "~/server/db/schema/messages";
import { userBlocks } from "~/server/db/schema/messages";
import { NotFoundError } from "~/server/domain/errors";

export const CONVERSATION_NOT_FOUND = "We couldn't find that conversation.";

/**
 * A conversation as one of its two members sees it, with their place in it. Anyone else (a
 * stranger, the project's other freelancers, an admin outside a report) gets NOT_FOUND, the
 * same answer as for an id that does not exist.
 */
export async function conversationAs(db: DbOrTx, userId: string, conversationId: string) {
  const [row] = await db
    .select({ conversation: conversations, member: conversationMembers })
    .from(conversationMembers)
    .innerJoin(conversations, eq(conversations.id, conversationMembers.conversationId))
    .where(
      and(
        eq(conversationMembers.conversationId, conversationId),
        eq(conversationMembers.userId, userId),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError(CONVERSATION_NOT_FOUND);
  const { conversation, member } = row;
  const otherId =
    conversation.clientId === userId ? conversation.freelancerId : conversation.clientId;
  return { conversation, member, otherId };
}

/** Whether either of two people has blocked the other, and who. */
export async function blocksBetween(db: DbOrTx, userId: string, otherId: string) {
  const rows = await db
    .select({ blockerId: userBlocks.blockerId })
    .from(userBlocks)
    .where(
      or(
        and(eq(userBlocks.blockerId, userId), eq(userBlocks.blockedId, otherId)),
        and(eq(userBlocks.blockerId, otherId), eq(userBlocks.blockedId, userId)),
      ),
    );
  return {
    byMe: rows.some((row) => row.blockerId === userId),
    byThem: rows.some((row) => row.blockerId === otherId),
  };
}
