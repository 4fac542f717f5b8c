import { eq } from "drizzle-orm";

import type { PersonActor } from "~/server/domain/actor";
import type { Database } from "~/server/db/client";
import { users, type User } from "~/server/db/schema/users";
import { callerFor, actorOf } from "../../helpers/caller";
import { createSkill, createUser } from "../../helpers/factories";

/** A verified user of `role` and their session, for marketplace procedures (which only read the actor). */
export async function actor(
  db: Database,
  role: "client" | "freelancer" | "admin",
  verified = true,
) {
  const user: User = await createUser(db, role, verified ? { emailVerified: new Date() } : {});
  const session: PersonActor = actorOf(user);
  return { user, session, api: callerFor(db, session) };
}

export async function unverify(db: Database, userId: string) {
  await db.update(users).set({ emailVerified: null }).where(eq(users.id, userId));
}

export async function projectInput(db: Database, overrides: Record<string, unknown> = {}) {
  const skill = await createSkill(db);
  return {
    title: "Build a booking app for our clinic",
    description:
      "We need an app where patients book, move and cancel appointments. The API exists and is documented.",
    budgetType: "fixed" as const,
    budgetMinMinor: 200_000,
    budgetMaxMinor: 500_000,
    currency: "USD" as const,
    experienceLevel: "expert" as const,
    duration: "1_to_3_months" as const,
    skillIds: [skill.id],
    ...overrides,
  };
}

export const proposalInput = (projectId: string, bidMinor = 350_000) => ({
  projectId,
  coverLetter:
    "I have built three booking apps for clinics; here is how I would approach yours, step by step.",
  bidMinor,
  estimatedDuration: "1_to_3_months" as const,
});

/** A client and a freelancer with an active contract between them, made through the procedures. */
export async function hiredContract(db: Database) {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
  const contract = await client.api.proposal.accept({ id: proposal.id });
  return { client, freelancer, project, contract };
}

/**
 * A client and a freelancer with an active hourly contract, hired through the procedures at
 * `rateMinor` per hour ($85 unless said), with the weekly limit the client set (40 h unless said).
 */
export async function hiredHourlyContract(
  db: Database,
  { rateMinor = 8_500, weeklyLimitHours }: { rateMinor?: number; weeklyLimitHours?: number } = {},
) {
  const client = await actor(db, "client");
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(
    await projectInput(db, { budgetType: "hourly", budgetMinMinor: 5_000, budgetMaxMinor: 10_000 }),
  );
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id, rateMinor));
  const contract = await client.api.proposal.accept({ id: proposal.id, weeklyLimitHours });
  return { client, freelancer, project, contract };
}
