import "server-only";

import { and, desc, eq } from "drizzle-orm";

import { savedSearches } from "~/server/db/schema/saved-searches";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError, NotFoundError } from "~/server/domain/errors";
import {
  ignoredSearchParts,
  savedSearchQuery,
  searchInputFrom,
  searchValuesFrom,
} from "~/shared/project-search-url";
import {
  MAX_SAVED_SEARCHES,
  type SavedSearchAlert,
  type UpdateSavedSearchInput,
} from "~/shared/schemas/saved-search";

const NOT_FOUND = "That saved search does not exist.";

/**
 * What a search's URL asks for, as the `/projects` page reads it, without the page position:
 * a stale or mangled `after` from the link it was saved from is no reason to refuse it.
 * `ignored` names the parts the page would leave out, as the page names them.
 */
export function normaliseSearch(query: string) {
  const values = searchValuesFrom(new URLSearchParams(query));
  delete values.after;
  const { data, ignored } = searchInputFrom(values);
  return { query: savedSearchQuery(values), input: data, ignored: ignoredSearchParts(ignored) };
}

/** The actor's saved searches, newest first: nobody else's. */
export function listSavedSearches({ ctx }: { ctx: PersonContext }) {
  return ctx.db
    .select({
      id: savedSearches.id,
      name: savedSearches.name,
      query: savedSearches.query,
      alert: savedSearches.alert,
      createdAt: savedSearches.createdAt,
    })
    .from(savedSearches)
    .where(eq(savedSearches.userId, ctx.actor.id))
    .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
}

/**
 * Keeps a `/projects` search with a name and an alert setting. Alerts cover projects
 * published from now on. A search with nothing to search for, or with parts the page would
 * ignore, is refused with the field named.
 */
export async function createSavedSearch({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { name: string; query: string; alert: SavedSearchAlert };
}) {
  const { query, ignored } = normaliseSearch(input.query);
  if (!query) {
    throw new InvalidError("Search for something first: words, skills or filters.", {
      query: ["Search for something first: words, skills or filters."],
    });
  }
  if (ignored.length > 0) {
    const message = `Part of this search is not valid (${ignored.join(", ")}): fix it before saving.`;
    throw new InvalidError(message, { query: [message] });
  }
  return withTransaction(ctx, async (tx) => {
    const kept = await tx.db.$count(savedSearches, eq(savedSearches.userId, ctx.actor.id));
    if (kept >= MAX_SAVED_SEARCHES) {
      throw new ConflictError(
        `You can keep up to ${MAX_SAVED_SEARCHES} saved searches. Delete one to save another.`,
      );
    }
    const now = nowOf(tx);
    const [created] = await tx.db
      .insert(savedSearches)
      .values({
        userId: ctx.actor.id,
        name: input.name,
        query,
        alert: input.alert,
        matchedUntil: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: savedSearches.id, name: savedSearches.name, query: savedSearches.query });
    return created!;
  });
}

/** Renames a saved search or changes its alert; someone else's does not exist for the actor. */
export async function updateSavedSearch({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: UpdateSavedSearchInput & { id: string };
}) {
  const now = nowOf(ctx);
  const [updated] = await ctx.db
    .update(savedSearches)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.alert !== undefined ? { alert: input.alert } : {}),
      // Switching alerts on starts from now: no flood of what was published meanwhile.
      ...(input.alert !== undefined && input.alert !== "never" ? { matchedUntil: now } : {}),
      updatedAt: now,
    })
    .where(and(eq(savedSearches.id, input.id), eq(savedSearches.userId, ctx.actor.id)))
    .returning({ id: savedSearches.id, name: savedSearches.name, alert: savedSearches.alert });
  if (!updated) throw new NotFoundError(NOT_FOUND);
  return updated;
}

export async function deleteSavedSearch({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  const deleted = await ctx.db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, input.id), eq(savedSearches.userId, ctx.actor.id)))
    .returning({ id: savedSearches.id });
  if (deleted.length === 0) throw new NotFoundError(NOT_FOUND);
  return { id: input.id };
}
