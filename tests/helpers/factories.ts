import type { Database } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import { type ProjectStatus, type UserRole } from "~/shared/statuses";

let counter = 0;
const next = () => ++counter;

export async function createUser(
  db: Database,
  role: UserRole = "client",
  overrides: Partial<typeof users.$inferInsert> = {},
) {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({
      name: `${role} ${n}`,
      email: `${role}${n}@test.example`,
      role,
      ...overrides,
    })
    .returning();
  return user!;
}

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
