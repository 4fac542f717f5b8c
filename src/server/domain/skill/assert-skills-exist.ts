import "server-only";

import { inArray } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { skills } from "~/server/db/schema/skills";
import { InvalidError } from "~/server/domain/errors";

/** Projects and profiles pick skills from the catalogue; an unknown id is a field error. */
export async function assertSkillsExist(db: DbOrTx, skillIds: number[]) {
  const found = await db.select({ id: skills.id }).from(skills).where(inArray(skills.id, skillIds));
  if (found.length !== skillIds.length) {
    throw new InvalidError("Some of those skills are not in the catalogue.", {
      skillIds: ["Choose skills from the list"],
    });
  }
}
