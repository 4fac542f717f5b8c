import "server-only";

import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";
import { assertSkillsExist } from "~/server/domain/skill/assert-skills-exist";
import type {
  CreateProjectInput,
  ProjectStatus,
  UpdateProjectInput,
} from "~/shared/schemas/project";
import { canTransition, isEditable } from "./policy";

const NOT_FOUND = "We couldn't find that project among yours.";

/** The actor's own project, or NOT_FOUND: someone else's project does not exist for them. */
export async function loadOwnProject(db: DbOrTx, clientId: string, projectId: string) {
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.clientId, clientId)))
    .limit(1);
  if (!project) throw new NotFoundError(NOT_FOUND);
  return project;
}

async function replaceSkills(db: DbOrTx, projectId: string, skillIds: number[]) {
  await db.delete(projectSkills).where(eq(projectSkills.projectId, projectId));
  await db.insert(projectSkills).values(skillIds.map((skillId) => ({ projectId, skillId })));
}

/** A client's new project starts as a draft only they can see. */
export async function createProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof CreateProjectInput>;
}) {
  const { skillIds, ...fields } = input;
  return withTransaction(ctx, async ({ db }) => {
    await assertSkillsExist(db, skillIds);
    const [project] = await db
      .insert(projects)
      .values({ ...fields, clientId: ctx.actor.id, status: "draft" })
      .returning();
    await replaceSkills(db, project!.id, skillIds);
    return project!;
  });
}

/** Edits a draft or open project; once someone is hired the brief is the contract's. */
export async function updateProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof UpdateProjectInput>;
}) {
  const { id, skillIds, ...fields } = input;
  return withTransaction(ctx, async ({ db }) => {
    const project = await loadOwnProject(db, ctx.actor.id, id);
    if (!isEditable(project.status)) {
      throw new ConflictError(
        "This project can no longer be edited: a freelancer has been hired or it has ended.",
      );
    }
    await assertSkillsExist(db, skillIds);
    const [updated] = await db
      .update(projects)
      .set(fields)
      .where(and(eq(projects.id, id), eq(projects.status, project.status)))
      .returning();
    if (!updated)
      throw new ConflictError(
        "This project changed while you were editing it. Reload and try again.",
      );
    await replaceSkills(db, id, skillIds);
    return updated;
  });
}

const transitionMessages: Partial<Record<ProjectStatus, string>> = {
  open: "Only a draft can be published.",
  cancelled: "Only a draft or an open project can be cancelled.",
};

/** Moves the actor's project to `to`, if the status machine allows it from where it is now. */
async function transition(
  ctx: PersonContext,
  projectId: string,
  to: ProjectStatus,
  alongside?: (db: DbOrTx) => Promise<unknown>,
) {
  return withTransaction(ctx, async ({ db }) => {
    const project = await loadOwnProject(db, ctx.actor.id, projectId);
    if (!canTransition(project.status, to)) {
      throw new ConflictError(
        transitionMessages[to] ?? `A ${project.status} project cannot become ${to}.`,
      );
    }
    const [updated] = await db
      .update(projects)
      .set({
        status: to,
        ...(to === "open" && !project.publishedAt ? { publishedAt: new Date() } : {}),
      })
      // The status we checked is still the status we change: a concurrent transition loses.
      .where(and(eq(projects.id, projectId), eq(projects.status, project.status)))
      .returning();
    if (!updated)
      throw new ConflictError("This project changed in the meantime. Reload and try again.");
    await alongside?.(db);
    return updated;
  });
}

/** Opens a draft to proposals. Publishing needs a verified email. */
export async function publishProject({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  if (!ctx.actor.emailVerified) {
    throw new ForbiddenError(
      "Confirm your email address before publishing a project (see your account page).",
    );
  }
  return transition(ctx, input.id, "open");
}

/** Withdraws a draft or an open project; open proposals are declined with it. */
export async function cancelProject({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  return transition(ctx, input.id, "cancelled", (db) =>
    db
      .update(proposals)
      .set({ status: "declined" })
      .where(
        and(
          eq(proposals.projectId, input.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      ),
  );
}
