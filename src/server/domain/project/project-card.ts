import "server-only";

import { asc, eq, inArray } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";

/** The columns a list card and the detail page share; the detail adds the full text. */
export const projectSummaryColumns = {
  id: projects.id,
  title: projects.title,
  description: projects.description,
  status: projects.status,
  budgetType: projects.budgetType,
  budgetMinMinor: projects.budgetMinMinor,
  budgetMaxMinor: projects.budgetMaxMinor,
  currency: projects.currency,
  experienceLevel: projects.experienceLevel,
  duration: projects.duration,
  deadline: projects.deadline,
  publishedAt: projects.publishedAt,
  editedAt: projects.editedAt,
  clientId: projects.clientId,
  clientName: users.name,
};

export interface SkillTag {
  slug: string;
  name: string;
}

/** Skills for many projects in one query, keyed by project id. */
export async function skillsByProject(db: DbOrTx, projectIds: string[]) {
  const bucket = new Map<string, SkillTag[]>();
  if (projectIds.length === 0) return bucket;
  const rows = await db
    .select({
      projectId: projectSkills.projectId,
      slug: skills.slug,
      name: skills.name,
    })
    .from(projectSkills)
    .innerJoin(skills, eq(skills.id, projectSkills.skillId))
    .where(inArray(projectSkills.projectId, projectIds))
    .orderBy(asc(skills.name));
  for (const { projectId, slug, name } of rows) {
    const list = bucket.get(projectId) ?? [];
    list.push({ slug, name });
    bucket.set(projectId, list);
  }
  return bucket;
}

const EXCERPT_LENGTH = 280;

/**
 * The opening paragraph as plain text, cut at a word boundary: a card shows what the client
 * wrote first, without the Markdown marks (emphasis, headings, code, link targets).
 */
export function excerpt(text: string) {
  const opening = (text.split(/\n\s*\n/, 1)[0] ?? "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/(\*\*|__|`)/g, "")
    .trim();
  if (opening.length <= EXCERPT_LENGTH) return opening;
  const cut = opening.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ")).trimEnd()}…`;
}
