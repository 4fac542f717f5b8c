import "server-only";

import { eq, sql } from "drizzle-orm";

import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";

export type ChecklistStep = "verifyEmail" | "completeProfile" | "postProject" | "sendProposal";

/**
 * A new account's first steps and which are done, in one read: confirm the email, complete the
 * public profile, then post a first project (clients) or send a first proposal (freelancers).
 * A client's profile counts once it says something (a company name or an "about"). Admins have
 * no marketplace steps.
 */
export async function onboardingChecklist({ ctx }: { ctx: PersonContext }) {
  const { role, id } = ctx.actor;
  if (role === "admin") return { steps: [] };
  const [row] = await ctx.db
    .select({
      emailVerified: sql<number>`${users.emailVerified} is not null`,
      profile:
        role === "freelancer"
          ? sql<number>`exists (select 1 from freelancer_profiles fp where fp.user_id = ${id})`
          : sql<number>`exists (select 1 from client_profiles cp where cp.user_id = ${id}
              and (cp.company_name <> '' or cp.about <> ''))`,
      started:
        role === "freelancer"
          ? sql<number>`exists (select 1 from proposals p where p.freelancer_id = ${id})`
          : sql<number>`exists (select 1 from projects p
              where p.client_id = ${id} and p.published_at is not null)`,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  const steps: { step: ChecklistStep; done: boolean }[] = [
    { step: "verifyEmail", done: Boolean(row?.emailVerified) },
    { step: "completeProfile", done: Boolean(row?.profile) },
    { step: role === "freelancer" ? "sendProposal" : "postProject", done: Boolean(row?.started) },
  ];
  return { steps };
}
