import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { conversationMembers, messageAttachments, messages } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";
import { attachFiles } from "~/server/domain/file/attach-files";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import type { SendMessageInput } from "~/shared/schemas/message";
import { UNREAD_EMAIL_AFTER_MS } from "~/shared/messages";
import { appendMessage } from "./append-message";
import { blocksBetween, conversationAs } from "./conversation-access";
import { loadMessages } from "./load-messages";
import { checkSendLimits } from "./send-limits";

/**
 * A member sends a message (Markdown text, up to 10 attachments they uploaded) in one
 * transaction: the message, its files, both streams' events and the job that emails the other
 * member if it is still unread in 10 minutes (one email per conversation, not per message: the
 * job is keyed by how far they were last told). A retried send with the same `clientKey` is
 * the same message. Blocked either way: refused.
 */
export async function sendMessage({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SendMessageInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const me = ctx.actor.id;
    const { conversation, otherId } = await conversationAs(db, me, input.conversationId);
    if (input.clientKey) {
      const [sent] = await db
        .select({ id: messages.id })
        .from(messages)
        .where(and(eq(messages.senderId, me), eq(messages.clientKey, input.clientKey)))
        .limit(1);
      if (sent) return (await loadMessages(db, me, [sent.id]))[0]!;
    }
    const blocks = await blocksBetween(db, me, otherId);
    if (blocks.byMe)
      throw new ForbiddenError("You blocked this person. Unblock them to send messages again.");
    if (blocks.byThem)
      throw new ForbiddenError("You can no longer send messages in this conversation.");
    const now = nowOf(ctx);
    await checkSendLimits(db, {
      senderId: me,
      conversationId: conversation.id,
      lastSeq: conversation.lastSeq,
      now,
    });
    const files = await attachFiles(tx, {
      fileIds: input.fileIds,
      uploaderId: me,
      purpose: "attachment",
    });
    const message = await appendMessage(tx, conversation, {
      senderId: me,
      body: input.body,
      clientKey: input.clientKey,
    });
    if (files.length > 0)
      await db
        .insert(messageAttachments)
        .values(
          files.map((file, position) => ({ messageId: message.id, fileId: file.id, position })),
        );
    const [other] = await db
      .select({ notifiedSeq: conversationMembers.notifiedSeq })
      .from(conversationMembers)
      .where(
        and(
          eq(conversationMembers.conversationId, conversation.id),
          eq(conversationMembers.userId, otherId),
        ),
      );
    await enqueueJob(
      tx,
      "message.unread_email",
      { conversationId: conversation.id, userId: otherId },
      {
        runAt: new Date(now.getTime() + UNREAD_EMAIL_AFTER_MS),
        dedupeKey: `message.unread_email:${conversation.id}:${otherId}:${other?.notifiedSeq ?? 0}`,
      },
    );
    return (await loadMessages(db, me, [message.id]))[0]!;
  });
}
