import "server-only";

import { and, desc, eq, ne, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { freelancerProfiles, freelancerSkills } from "~/server/db/schema/profiles";
import { projectSkills } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { users } from "~/server/db/schema/users";
import { freelancerReputation } from "~/server/domain/profile/reputation";

/**
 * The proposals on a project with what a client compares: bid, the freelancer's rating and
 * completed contracts, and how many of the project's skills the freelancer's profile lists.
 * Withdrawn ones are left out. No access check: the caller has loaded the project as its owner.
 */
export async function proposalsToCompare(db: DbOrTx, projectId: string) {
  return db
    .select({
      id: proposals.id,
      freelancerId: proposals.freelancerId,
      freelancerName: users.name,
      coverLetter: proposals.coverLetter,
      bidMinor: proposals.bidMinor,
      currency: proposals.currency,
      estimatedDuration: proposals.estimatedDuration,
      status: proposals.status,
      createdAt: proposals.createdAt,
      headline: freelancerProfiles.headline,
      ...freelancerReputation,
      skillsMatched: sql<number>`(select count(*) from ${freelancerSkills} fs
        join ${projectSkills} ps on ps.skill_id = fs.skill_id and ps.project_id = ${proposals.projectId}
        where fs.user_id = ${proposals.freelancerId})`,
    })
    .from(proposals)
    .innerJoin(users, eq(users.id, proposals.freelancerId))
    .leftJoin(freelancerProfiles, eq(freelancerProfiles.userId, proposals.freelancerId))
    .where(and(eq(proposals.projectId, projectId), ne(proposals.status, "withdrawn")))
    .orderBy(desc(proposals.createdAt));
}
