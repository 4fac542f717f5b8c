import "server-only";

import { and, eq } from "drizzle-orm";

import { userBlocks } from "~/server/db/schema/messages";
import { users } from "~/server/db/schema/users";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { InvalidError, NotFoundError } from "~/server/domain/errors";

/**
 * A person blocks another: no new messages either way, in any conversation; the history stays
 * readable to both. Blocking twice is blocking once.
 */
export async function blockPerson({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { userId: string };
}) {
  if (input.userId === ctx.actor.id)
    throw new InvalidError("You cannot block yourself.", {
      userId: ["You cannot block yourself."],
    });
  return withTransaction(ctx, async (tx) => {
    const [other] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, input.userId))
      .limit(1);
    if (!other) throw new NotFoundError("We couldn't find that person.");
    await tx.db
      .insert(userBlocks)
      .values({ blockerId: ctx.actor.id, blockedId: other.id, createdAt: nowOf(ctx) })
      .onConflictDoNothing();
    return { blocked: true };
  });
}

/** Lifts the person's own block; the other's block of them, if any, stays. */
export async function unblockPerson({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { userId: string };
}) {
  return withTransaction(ctx, async (tx) => {
    await tx.db
      .delete(userBlocks)
      .where(and(eq(userBlocks.blockerId, ctx.actor.id), eq(userBlocks.blockedId, input.userId)));
    return { blocked: false };
  });
}
