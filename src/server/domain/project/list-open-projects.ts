import "server-only";

import { and, desc, asc, eq, gt, lt, or, type SQL } from "drizzle-orm";
import type { z } from "zod";

import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { ListOpenProjectsInput } from "~/shared/schemas/project";
import { listedProjects } from "~/server/domain/moderation/visible-content";
import { excerpt, projectSummaryColumns, skillsByProject } from "./project-card";

function encodeCursor(row: { publishedAt: Date | null; id: string }) {
  return `${row.publishedAt?.getTime() ?? 0}_${row.id}`;
}

function decodeCursor(cursor: string) {
  const separator = cursor.indexOf("_");
  const publishedAt = new Date(Number(cursor.slice(0, separator)));
  if (Number.isNaN(publishedAt.getTime())) {
    throw new InvalidError("That page link is no longer valid.", {
      cursor: ["Invalid page cursor"],
    });
  }
  return { publishedAt, id: cursor.slice(separator + 1) };
}

/**
 * Open projects, newest first, one keyset page at a time. `forward` walks to older
 * projects; `backward` walks back towards the newest. Anyone may read open projects.
 */
export async function listOpenProjects({
  ctx,
  input,
}: {
  ctx: DomainContext;
  input: z.output<typeof ListOpenProjectsInput>;
}) {
  const backward = input.direction === "backward";
  const boundary = input.cursor ? decodeCursor(input.cursor) : null;

  const conditions: SQL[] = [eq(projects.status, "open"), listedProjects()];
  if (boundary) {
    const beyond = backward ? gt : lt;
    const keyset = or(
      beyond(projects.publishedAt, boundary.publishedAt),
      and(eq(projects.publishedAt, boundary.publishedAt), beyond(projects.id, boundary.id)),
    );
    if (keyset) conditions.push(keyset);
  }

  const order = backward
    ? [asc(projects.publishedAt), asc(projects.id)]
    : [desc(projects.publishedAt), desc(projects.id)];

  // One extra row tells whether another page exists in this direction.
  const rows = await ctx.db
    .select(projectSummaryColumns)
    .from(projects)
    .innerJoin(users, eq(users.id, projects.clientId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(input.limit + 1);

  const hasMore = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  if (backward) page.reverse();

  const tags = await skillsByProject(
    ctx.db,
    page.map((row) => row.id),
  );
  const items = page.map((row) => ({
    ...row,
    description: excerpt(row.description),
    skills: tags.get(row.id) ?? [],
  }));

  const first = items[0];
  const last = items.at(-1);
  // Going forward, a cursor means there were newer rows; going backward, that there are older ones.
  const hasNewer = backward ? hasMore : boundary !== null;
  const hasOlder = backward ? boundary !== null : hasMore;

  return {
    items,
    newerCursor: hasNewer && first ? encodeCursor(first) : null,
    olderCursor: hasOlder && last ? encodeCursor(last) : null,
  };
}
