import "server-only";

import { eq } from "drizzle-orm";

import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";

/** The actor's own account row, secrets included: for actions that check a password or code. */
export async function loadOwnAccount(ctx: PersonContext) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.id)).limit(1);
  if (!user) throw new ConflictError("Your account could not be found.");
  return user;
}
