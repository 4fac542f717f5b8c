import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { savedFreelancers } from "~/server/db/schema/saved";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { loadListedFreelancer } from "~/server/domain/profile/listed-freelancer";
import { MAX_SAVED, type SaveFreelancerInput } from "~/shared/schemas/saved";

/**
 * Puts a freelancer on the client's saved list or takes them off. Only someone whose public
 * page exists can be saved; saving twice is a no-op.
 */
export async function saveFreelancer({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SaveFreelancerInput>;
}) {
  const freelancer = await loadListedFreelancer(ctx.db, input.freelancerId);
  const mine = and(
    eq(savedFreelancers.userId, ctx.actor.id),
    eq(savedFreelancers.freelancerId, freelancer.id),
  );
  if (!input.saved) {
    await ctx.db.delete(savedFreelancers).where(mine);
    return { freelancerId: freelancer.id, saved: false };
  }
  return withTransaction(ctx, async ({ db }) => {
    if ((await db.$count(savedFreelancers, mine)) > 0)
      return { freelancerId: freelancer.id, saved: true };
    if (
      (await db.$count(savedFreelancers, eq(savedFreelancers.userId, ctx.actor.id))) >= MAX_SAVED
    ) {
      throw new ConflictError(
        `You have saved ${MAX_SAVED} freelancers, the most a list holds. Remove some before saving more.`,
      );
    }
    await db.insert(savedFreelancers).values({ userId: ctx.actor.id, freelancerId: freelancer.id });
    return { freelancerId: freelancer.id, saved: true };
  });
}
