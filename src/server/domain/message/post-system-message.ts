import "server-only";

import { and, eq } from "drizzle-orm";

import type { conversations } from "~/server/db/schema/messages";
import { messages } from "~/server/db/schema/messages";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { appendMessage } from "./append-message";

/**
 * Writes an event into a conversation as a system message, once per event (`event` names it,
 * e.g. `milestone.approved:<event id>`), in the caller's transaction.
 */
export async function postSystemMessage(
  ctx: DomainContext,
  conversation: Pick<typeof conversations.$inferSelect, "id" | "clientId" | "freelancerId">,
  { event, body }: { event: string; body: string },
) {
  return withTransaction(ctx, async (tx) => {
    const [told] = await tx.db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.conversationId, conversation.id), eq(messages.event, event)))
      .limit(1);
    if (told) return null;
    return appendMessage(tx, conversation, { senderId: null, body, event });
  });
}
