import "server-only";

import { asc, eq, inArray } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { files } from "~/server/db/schema/files";
import { messageAttachments, messages } from "~/server/db/schema/messages";
import { users } from "~/server/db/schema/users";
import { fileSummary } from "~/server/domain/file/file-summary";
import { hiddenNote } from "~/server/domain/moderation/visible-content";
import { EDIT_WINDOW_MS } from "~/shared/messages";

/**
 * Messages as a member reads them, in the order of `ids` given: the sender's name, the
 * attachments, and whether the reader may still edit it. A deleted message keeps its place
 * and its date, without text or files; so does one an admin hid, for everyone but its author
 * (who reads it marked with the reason) and an admin reading a report (`seesHidden`).
 */
export async function loadMessages(
  db: DbOrTx,
  readerId: string,
  ids: string[],
  { seesHidden = false }: { seesHidden?: boolean } = {},
) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ message: messages, senderName: users.name })
    .from(messages)
    .leftJoin(users, eq(users.id, messages.senderId))
    .where(inArray(messages.id, ids))
    .orderBy(asc(messages.seq));
  const attached = await db
    .select({ messageId: messageAttachments.messageId, file: files })
    .from(messageAttachments)
    .innerJoin(files, eq(files.id, messageAttachments.fileId))
    .where(inArray(messageAttachments.messageId, ids))
    .orderBy(asc(messageAttachments.position));
  return rows.map(({ message, senderName }) => {
    const mine = message.senderId === readerId;
    const hidden = message.hiddenAt !== null && !mine && !seesHidden;
    const gone = message.deletedAt !== null || hidden;
    return {
      id: message.id,
      conversationId: message.conversationId,
      seq: message.seq,
      kind: message.kind,
      event: message.event,
      sender: message.senderId ? { id: message.senderId, name: senderName ?? "Someone" } : null,
      mine,
      body: gone ? null : message.body,
      deleted: message.deletedAt !== null,
      /** Hidden by an admin: its text and files are gone for this reader. */
      hidden,
      hiddenNote: hidden ? null : hiddenNote(message),
      editedAt: message.editedAt,
      createdAt: message.createdAt,
      /** Until when its author may edit it; null for anyone else, once deleted or hidden. */
      editableUntil:
        mine && !gone && !message.hiddenAt && message.kind === "text"
          ? new Date(message.createdAt.getTime() + EDIT_WINDOW_MS)
          : null,
      attachments: gone
        ? []
        : attached
            .filter((row) => row.messageId === message.id)
            .map((row) => fileSummary(row.file)),
    };
  });
}

export type ThreadMessage = Awaited<ReturnType<typeof loadMessages>>[number];
