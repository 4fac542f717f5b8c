import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";

import { messages } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { EditMessageInput } from "~/shared/schemas/message";
import { EDIT_WINDOW_MS } from "~/shared/messages";
import { announceMessage } from "./append-message";
import { loadMessages } from "./load-messages";
import { ownMessage } from "./own-message";

/** Its author edits a message within 15 minutes of sending it; it shows as edited. */
export async function editMessage({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof EditMessageInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { message, conversation } = await ownMessage(tx.db, ctx.actor.id, input.id);
    const now = nowOf(ctx);
    if (message.deletedAt) throw new ConflictError("This message was deleted.");
    // What an admin hid stays as it was when hidden: a restore shows what was judged.
    if (message.hiddenAt)
      throw new ConflictError("An admin hid this message, so it can no longer be edited.");
    if (now.getTime() - message.createdAt.getTime() > EDIT_WINDOW_MS)
      throw new ConflictError(
        "A message can be edited for 15 minutes after it is sent. Send a new one instead.",
      );
    if (message.body !== input.body) {
      await tx.db
        .update(messages)
        .set({ body: input.body, editedAt: now })
        .where(
          and(eq(messages.id, message.id), isNull(messages.deletedAt), isNull(messages.hiddenAt)),
        );
      await announceMessage(tx, conversation, { ...message, change: "edited" });
    }
    return (await loadMessages(tx.db, ctx.actor.id, [message.id]))[0]!;
  });
}
