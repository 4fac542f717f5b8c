import "server-only";

import { and, eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { freelancerProfiles } from "~/server/db/schema/profiles";
import { users } from "~/server/db/schema/users";
import { NotFoundError } from "~/server/domain/errors";
import { listedProfiles } from "~/server/domain/moderation/visible-content";

export const FREELANCER_NOT_FOUND = "We couldn't find that freelancer.";

/**
 * A freelancer whose public page exists (active, with a profile): the only people a client
 * may invite or save. Anyone else answers exactly like an id that never existed.
 */
export async function loadListedFreelancer(db: DbOrTx, id: string) {
  const [freelancer] = await db
    .select({ id: users.id, name: users.name })
    .from(freelancerProfiles)
    .innerJoin(users, eq(users.id, freelancerProfiles.userId))
    .where(
      and(
        eq(freelancerProfiles.userId, id),
        eq(users.role, "freelancer"),
        eq(users.status, "active"),
        listedProfiles(),
      ),
    )
    .limit(1);
  if (!freelancer) throw new NotFoundError(FREELANCER_NOT_FOUND);
  return freelancer;
}
