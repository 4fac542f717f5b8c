import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { freelancerProfiles } from "~/server/db/schema/profiles";
import { savedFreelancers } from "~/server/db/schema/saved";
import { users } from "~/server/db/schema/users";
import { type PersonContext } from "~/server/domain/context";
import { skillsByFreelancer } from "~/server/domain/profile/freelancer-skills";
import { freelancerCardColumns } from "~/server/domain/profile/reputation";

/** Saved people whose public page still exists: a suspended freelancer drops off the list. */
const listed = (clientId: string) =>
  and(
    eq(savedFreelancers.userId, clientId),
    eq(users.role, "freelancer"),
    eq(users.status, "active"),
  );

/** The client's saved freelancers, last saved first, as freelancer search shows them. */
export async function listSavedFreelancers({ ctx }: { ctx: PersonContext }) {
  const rows = await ctx.db
    .select({
      ...freelancerCardColumns,
      savedAt: savedFreelancers.createdAt,
    })
    .from(savedFreelancers)
    .innerJoin(users, eq(users.id, savedFreelancers.freelancerId))
    .innerJoin(freelancerProfiles, eq(freelancerProfiles.userId, savedFreelancers.freelancerId))
    .where(listed(ctx.actor.id))
    .orderBy(desc(savedFreelancers.createdAt));
  const skills = await skillsByFreelancer(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, skills: skills.get(row.id) ?? [] }));
}

/** Just the ids, so every Save button on a page can show its state from one small read. */
export async function savedFreelancerIds({ ctx }: { ctx: PersonContext }) {
  const rows = await ctx.db
    .select({ id: savedFreelancers.freelancerId })
    .from(savedFreelancers)
    .innerJoin(users, eq(users.id, savedFreelancers.freelancerId))
    .where(listed(ctx.actor.id));
  return rows.map((row) => row.id);
}
