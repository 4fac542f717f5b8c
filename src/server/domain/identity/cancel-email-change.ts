import "server-only";

import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { pendingEmailChange } from "./email-change-access";
import { expireEmailLinks } from "./email-links";

/** Withdraws a change of address: the link sent to the new address stops working. */
export async function cancelEmailChange({
  ctx,
  now = new Date(),
}: {
  ctx: PersonContext;
  now?: Date;
}) {
  return withTransaction(ctx, async (tx) => {
    const pending = await pendingEmailChange(tx.db, ctx.actor.id, now);
    if (!pending) throw new ConflictError("No change of email is waiting.");
    await expireEmailLinks(tx, ctx.actor.id, "change_email", now);
    await recordAuditEvent(tx, {
      action: "email.change_cancelled",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { newEmail: pending.email },
    });
    return { cancelled: pending.email };
  });
}
