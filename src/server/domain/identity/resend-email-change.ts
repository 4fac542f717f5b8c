import "server-only";

import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { pendingEmailChange, sendEmailChangeLink } from "./email-change-access";

/** A fresh link to the address waiting for confirmation; the earlier link stops working. */
export async function resendEmailChange({
  ctx,
  now = new Date(),
}: {
  ctx: PersonContext;
  now?: Date;
}) {
  const pending = await pendingEmailChange(ctx.db, ctx.actor.id, now);
  if (!pending) throw new ConflictError("No change of email is waiting: ask for the change again.");
  return sendEmailChangeLink(
    ctx,
    { id: ctx.actor.id, newEmail: pending.email },
    "email.change_resent",
    now,
  );
}
