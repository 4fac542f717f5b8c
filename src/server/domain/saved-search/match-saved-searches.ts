import "server-only";

import { and, eq, gt, lt, min } from "drizzle-orm";

import { projects } from "~/server/db/schema/projects";
import { savedSearches } from "~/server/db/schema/saved-searches";
import type { SystemActor } from "~/server/domain/actor";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { notify } from "~/server/domain/notification/notify";
import { searchOpenProjects } from "~/server/domain/project/search-projects";
import type { SavedSearchAlert } from "~/shared/schemas/saved-search";
import { normaliseSearch } from "./saved-searches";

/**
 * Projects published in the last few seconds may still be committing: a run matches up to a
 * little before now, and the next run starts there, so none is skipped.
 */
export const MATCH_LAG_MS = 5_000;
/** Projects one alert names at most; the notification links to the search for the rest. */
const PER_ALERT = 20;

interface MatchContext extends DomainContext {
  actor: SystemActor;
}

/**
 * Matches projects published since each saved search's last run against it, through the
 * search itself (the FTS index for words), and notifies its owner: one notification per
 * project for "instantly", one summary for "daily". Each search then remembers where it got
 * to, in the same transaction as its notifications, so a run that is repeated notifies no one
 * twice. Answers how many searches it matched.
 */
export async function matchSavedSearches(
  ctx: MatchContext,
  { alert, now }: { alert: Exclude<SavedSearchAlert, "never">; now: Date },
) {
  const until = new Date(now.getTime() - MATCH_LAG_MS);
  // Nothing published since the oldest search's last run: nothing to match.
  const [oldest] = await ctx.db
    .select({ since: min(savedSearches.matchedUntil) })
    .from(savedSearches)
    .where(and(eq(savedSearches.alert, alert), lt(savedSearches.matchedUntil, until)));
  if (!oldest?.since) return 0;
  const fresh = await ctx.db.$count(
    projects,
    and(gt(projects.publishedAt, oldest.since), eq(projects.status, "open")),
  );
  const searches = await ctx.db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.alert, alert), lt(savedSearches.matchedUntil, until)));
  if (fresh === 0) {
    await ctx.db
      .update(savedSearches)
      .set({ matchedUntil: until })
      .where(and(eq(savedSearches.alert, alert), lt(savedSearches.matchedUntil, until)));
    return 0;
  }

  for (const search of searches) {
    const { input } = normaliseSearch(search.query);
    const page = await searchOpenProjects({
      ctx,
      input: { ...input, sort: "newest", cursor: undefined, limit: PER_ALERT },
      now,
      publishedWithin: { after: search.matchedUntil, until },
    });
    await withTransaction(ctx, async (tx) => {
      if (alert === "instantly") {
        for (const project of page.items) {
          await notify(tx, {
            userId: search.userId,
            kind: "saved_search.matched",
            eventKey: `saved_search.matched:${search.id}:${project.id}`,
            title: `A new project matches your saved search “${search.name}”: ${project.title}.`,
            href: `/projects/${project.id}`,
          });
        }
        if (page.nextCursor) {
          // More than one alert's worth: the rest are named together, linking to the search.
          await notify(tx, {
            userId: search.userId,
            kind: "saved_search.matched",
            eventKey: `saved_search.more:${search.id}:${until.toISOString()}`,
            title: `More new projects match your saved search “${search.name}”.`,
            href: `/projects?${search.query}`,
          });
        }
      } else if (page.items.length > 0) {
        const more = page.nextCursor ? " or more" : "";
        const count = page.items.length;
        await notify(tx, {
          userId: search.userId,
          kind: "saved_search.matched",
          eventKey: `saved_search.daily:${search.id}:${until.toISOString().slice(0, 10)}`,
          title: `${count}${more} new ${count === 1 && !more ? "project matches" : "projects match"} your saved search “${search.name}”.`,
          body: page.items
            .slice(0, 3)
            .map((project) => project.title)
            .join(" · "),
          href: `/projects?${search.query}`,
        });
      }
      await tx.db
        .update(savedSearches)
        .set({ matchedUntil: until })
        .where(
          and(eq(savedSearches.id, search.id), eq(savedSearches.matchedUntil, search.matchedUntil)),
        );
    });
  }
  return searches.length;
}
