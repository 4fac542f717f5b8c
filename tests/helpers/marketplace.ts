import type { Database } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import { type ProjectStatus } from "~/shared/statuses";
import { actor } from "./people";

/** What people make on Guild, for tests: skills and projects written directly, or inputs and whole hires made through the procedures. */

let counter = 0;
const next = () => ++counter;

export async function createSkill(db: Database, name = `Skill ${next()}`) {
  const [skill] = await db
    .insert(skills)
    .values({
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      category: "Test",
    })
    .returning();
  return skill!;
}

export async function createProject(
  db: Database,
  clientId: string,
  overrides: Partial<typeof projects.$inferInsert> & {
    status?: ProjectStatus;
    skillIds?: number[];
  } = {},
) {
  const { skillIds = [], ...values } = overrides;
  const status = values.status ?? "open";
  const [project] = await db
    .insert(projects)
    .values({
      clientId,
      title: `Project ${next()}`,
      description: "Build something useful for our customers.",
      budgetType: "fixed",
      budgetMinMinor: 100_000,
      budgetMaxMinor: 250_000,
      currency: "USD",
      experienceLevel: "intermediate",
      duration: "1_to_4_weeks",
      publishedAt: status === "draft" ? null : new Date(),
      ...values,
      status,
    })
    .returning();
  if (skillIds.length > 0) {
    await db
      .insert(projectSkills)
      .values(skillIds.map((skillId) => ({ projectId: project!.id, skillId })));
  }
  return project!;
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
