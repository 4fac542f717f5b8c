import "server-only";

import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { z } from "zod";

import { qualified } from "~/server/db/qualified";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import type { PersonContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { MyProjectsInput } from "~/shared/schemas/project";

/** The boundary of a page: the last project's creation time (ms) and id. */
function decodeCursor(cursor: string) {
  const match = /^(\d{1,15})_([A-Za-z0-9-]{1,64})$/.exec(cursor);
  if (!match)
    throw new InvalidError("This page link is not valid.", {
      cursor: ["This page link is not valid."],
    });
  return { createdAt: new Date(Number(match[1])), id: match[2]! };
}

/**
 * The client's own projects, every status, newest first, with how many proposals each has:
 * a page at a time, keyset-paged so no page skips or repeats a project.
 */
export async function listMyProjects({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof MyProjectsInput>;
}) {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await ctx.db
    .select({
      id: projects.id,
      title: projects.title,
      status: projects.status,
      budgetType: projects.budgetType,
      budgetMinMinor: projects.budgetMinMinor,
      budgetMaxMinor: projects.budgetMaxMinor,
      currency: projects.currency,
      createdAt: projects.createdAt,
      publishedAt: projects.publishedAt,
      proposalCount: sql<number>`(select count(*) from ${proposals} where ${qualified(proposals.projectId)} = ${qualified(projects.id)})`,
    })
    .from(projects)
    .where(
      and(
        eq(projects.clientId, ctx.actor.id),
        after
          ? or(
              lt(projects.createdAt, after.createdAt),
              and(eq(projects.createdAt, after.createdAt), lt(projects.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(projects.createdAt), desc(projects.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? `${last.createdAt.getTime()}_${last.id}` : null,
  };
}
