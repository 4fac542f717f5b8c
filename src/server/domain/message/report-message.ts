import "server-only";

import { messageReports } from "~/server/db/schema/messages";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError } from "~/server/domain/errors";
import { messageAs } from "./own-message";

/**
 * A member reports the other's message for moderation, with a reason. The text is kept with
 * the report as it was, so deleting the message later hides nothing from the moderators.
 */
export async function reportMessage({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string; reason: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const { message } = await messageAs(tx.db, ctx.actor.id, input.id);
    if (message.senderId === ctx.actor.id || message.kind !== "text")
      throw new ForbiddenError("Only another person's message can be reported.");
    const [report] = await tx.db
      .insert(messageReports)
      .values({
        messageId: message.id,
        reporterId: ctx.actor.id,
        reason: input.reason,
        snapshot: message.body,
        createdAt: nowOf(ctx),
      })
      .onConflictDoNothing()
      .returning({ id: messageReports.id });
    if (!report) throw new ConflictError("You have already reported this message.");
    return { id: report.id };
  });
}
