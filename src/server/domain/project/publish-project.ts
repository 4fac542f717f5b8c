import "server-only";

import { type PersonContext } from "~/server/domain/context";
import { ForbiddenError } from "~/server/domain/errors";
import { transition } from "./project-transition";

/** Opens a draft to proposals. Publishing needs a verified email. */
export async function publishProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  if (!ctx.actor.emailVerified) {
    throw new ForbiddenError(
      "Confirm your email address before publishing a project (see your account page).",
    );
  }
  return transition(ctx, input.id, "open");
}
