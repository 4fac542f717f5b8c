import "server-only";

import type { z } from "zod";

import type { PersonContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { RequestEmailChangeInput } from "~/shared/schemas/identity";
import { sendEmailChangeLink } from "./email-change-access";
import { checkPassword } from "./password-check";
import { loadOwnAccount } from "./own-account";

const SAME_ADDRESS = "That is already your email address.";

/**
 * Starts a change of address: proven with the current password (on the sign-in budget), it
 * sends a link to the NEW address; the account keeps its address until the link is opened.
 * An address another account has gets no mail, and the answer is the same, so this cannot
 * tell anyone which addresses have accounts: confirming is where it is refused.
 */
export async function requestEmailChange({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: PersonContext;
  input: z.output<typeof RequestEmailChangeInput>;
  now?: Date;
}) {
  const user = await loadOwnAccount(ctx);
  if (input.newEmail === user.email)
    throw new InvalidError(SAME_ADDRESS, { newEmail: [SAME_ADDRESS] });
  await checkPassword(ctx, user, input.password, "password", now);
  return sendEmailChangeLink(
    ctx,
    { id: user.id, newEmail: input.newEmail },
    "email.change_requested",
    now,
  );
}
