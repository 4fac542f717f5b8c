import "server-only";

import { eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { messages } from "~/server/db/schema/messages";
import { NotFoundError } from "~/server/domain/errors";
import { conversationAs } from "./conversation-access";

const MESSAGE_NOT_FOUND = "We couldn't find that message.";

/** A message in one of the person's conversations (NOT_FOUND otherwise), with its conversation. */
export async function messageAs(db: DbOrTx, userId: string, messageId: string) {
  const [message] = await db.select().from(messages).where(eq(messages.id, messageId)).limit(1);
  if (!message) throw new NotFoundError(MESSAGE_NOT_FOUND);
  const { conversation } = await conversationAs(db, userId, message.conversationId).catch(() => {
    throw new NotFoundError(MESSAGE_NOT_FOUND);
  });
  return { message, conversation };
}

/**
 * A message the person wrote. The other member's message, or a system one, is NOT_FOUND to
 * editing and deleting: there is nothing of theirs to change.
 */
export async function ownMessage(db: DbOrTx, userId: string, messageId: string) {
  const found = await messageAs(db, userId, messageId);
  if (found.message.senderId !== userId) throw new NotFoundError(MESSAGE_NOT_FOUND);
  return found;
}
