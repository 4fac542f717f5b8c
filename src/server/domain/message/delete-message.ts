import "server-only";

import { eq, inArray } from "drizzle-orm";

import { files } from "~/server/db/schema/files";
import { messageAttachments, messages } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { announceMessage } from "./append-message";
import { ownMessage } from "./own-message";

/**
 * Its author deletes a message: it stays in the thread as "message deleted", and its text and
 * files are gone from the database (the files' bytes go with the orphan sweep, as nothing
 * refers to them any more). Deleting twice is the same as once.
 */
export async function deleteMessage({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return withTransaction(ctx, async (tx) => {
    const { message, conversation } = await ownMessage(tx.db, ctx.actor.id, input.id);
    if (message.deletedAt) return { id: message.id, deleted: true };
    const attached = await tx.db
      .select({ fileId: messageAttachments.fileId })
      .from(messageAttachments)
      .where(eq(messageAttachments.messageId, message.id));
    await tx.db.delete(messageAttachments).where(eq(messageAttachments.messageId, message.id));
    if (attached.length > 0)
      // Unattached again, and as old as they are: the next orphan sweep removes their bytes.
      await tx.db
        .update(files)
        .set({ attachedAt: null })
        .where(
          inArray(
            files.id,
            attached.map((row) => row.fileId),
          ),
        );
    await tx.db
      .update(messages)
      .set({ body: null, deletedAt: nowOf(ctx) })
      .where(eq(messages.id, message.id));
    await announceMessage(tx, conversation, { ...message, change: "deleted" });
    return { id: message.id, deleted: true };
  });
}
