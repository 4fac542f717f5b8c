import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { projects, projectSkills } from "~/server/db/schema/projects";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { assertSkillsExist } from "~/server/domain/skill/assert-skills-exist";
import { calendarDay } from "~/shared/format/dates";
import type { UpdateProjectInput } from "~/shared/schemas/project";
import { isEditable } from "./policy";
import { loadOwnProject, replaceSkills } from "./project-access";

type Fields = Omit<z.output<typeof UpdateProjectInput>, "id" | "skillIds">;

/**
 * Edits a draft or open project; once someone is hired the brief is the contract's. An open
 * project keeps its currency and budget type: proposals already sent are priced in them. A
 * change to a published project is stamped `editedAt`, so people who read it know it moved;
 * saving without a change changes nothing.
 */
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
    const published = project.status === "open";
    if (published && fields.currency !== project.currency) {
      throw new InvalidError("The currency of a published project cannot change.", {
        currency: ["Proposals are priced in this currency, so it stays as published."],
      });
    }
    if (published && fields.budgetType !== project.budgetType) {
      throw new InvalidError("A published project keeps its budget type.", {
        budgetType: ["Proposals bid a fixed price or an hourly rate as published."],
      });
    }
    await assertSkillsExist(db, skillIds);
    const current = await db
      .select({ skillId: projectSkills.skillId })
      .from(projectSkills)
      .where(eq(projectSkills.projectId, id));
    const skillsChanged = !sameSet(
      current.map((row) => row.skillId),
      skillIds,
    );
    if (!skillsChanged && !fieldsChanged(project, fields)) return project;

    const [updated] = await db
      .update(projects)
      .set({ ...fields, ...(published ? { editedAt: new Date() } : {}) })
      .where(and(eq(projects.id, id), eq(projects.status, project.status)))
      .returning();
    if (!updated)
      throw new ConflictError(
        "This project changed while you were editing it. Reload and try again.",
      );
    if (skillsChanged) await replaceSkills(db, id, skillIds);
    return updated;
  });
}

function fieldsChanged(project: typeof projects.$inferSelect, fields: Fields) {
  return (Object.keys(fields) as (keyof Fields)[]).some((key) => {
    const before = project[key];
    const after = fields[key];
    // The deadline is a calendar day: the same day is no change, whatever time it was stored at.
    if (before instanceof Date || after instanceof Date)
      return dayOrNull(before as Date | null) !== dayOrNull(after as Date | null);
    return before !== after;
  });
}

const dayOrNull = (date: Date | null) => (date ? calendarDay(date) : null);

const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && a.every((value) => b.includes(value));
