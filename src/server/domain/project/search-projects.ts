import "server-only";

import {
  and,
  asc,
  desc,
  eq,
  exists,
  gt,
  gte,
  inArray,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import { projects, projectSkills } from "~/server/db/schema/projects";
import { skills } from "~/server/db/schema/skills";
import { users } from "~/server/db/schema/users";
import type { DomainContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import type { SearchProjectsInput } from "~/shared/schemas/project";
import { listedProjects } from "~/server/domain/moderation/visible-content";
import { excerpt, projectSummaryColumns, skillsByProject, type SkillTag } from "./project-card";

/** Marks around matched words in snippets: control characters no brief can contain or inject. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";

/**
 * The FTS5 query for what a person typed: each word as a quoted prefix term, all required.
 * Quoting makes FTS syntax (AND, NEAR, quotes, colons) inert.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  // A one-letter word is matched whole ("c", "r"): as a prefix it would match most of the
  // index, and the prefix index starts at two letters.
  return words.length
    ? words.map((word) => (word.length === 1 ? `"${word}"` : `"${word}"*`)).join(" ")
    : null;
}

type Sort = "relevance" | "newest" | "budget";
/** Where a page ended: the last row's sort key and its tie-break (the rowid by relevance, else the id). */
interface Boundary {
  key: number;
  tiebreak: number | string;
}

const encode = (key: number, tiebreak: number | string) =>
  Buffer.from(JSON.stringify([key, tiebreak])).toString("base64url");

function decode(cursor: string, relevance: boolean): Boundary {
  try {
    const [key, tiebreak] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [
      unknown,
      unknown,
    ];
    const tiebreakFits = relevance
      ? typeof tiebreak === "number" && Number.isSafeInteger(tiebreak)
      : typeof tiebreak === "string";
    if (typeof key === "number" && Number.isFinite(key) && tiebreakFits)
      return { key, tiebreak: tiebreak as number | string };
  } catch {
    // fall through
  }
  throw new InvalidError("That page link is no longer valid.", { cursor: ["Invalid page cursor"] });
}

/**
 * The index search reads: open projects only (migration 0016 keeps it so), so a word search
 * never meets a project it may not show, and can rank and cut a page inside the index.
 */
const fts = sql.raw("open_projects_fts");

/**
 * The search, built but not run, in two statements. The first finds the page: ids in order,
 * carrying nothing else through the sort, so a word matching 10,000 projects sorts 10,000
 * small rows instead of 10,000 descriptions with their snippets. The second reads the cards
 * for just those ids, with the words marked. The search benchmark's bare server runs these
 * same statements without the framework.
 */
export function searchProjectsQuery({
  db,
  input,
  now,
  publishedWithin,
}: {
  db: DbOrTx;
  input: z.output<typeof SearchProjectsInput>;
  now: Date;
  /** Only projects published in (after, until]: what a saved search has not seen yet. */
  publishedWithin?: { after: Date; until: Date };
}) {
  const match = ftsQuery(input.q);
  const sort: Sort = input.sort ?? (match ? "relevance" : "newest");
  if (sort === "relevance" && !match)
    throw new InvalidError("Type some words to sort by relevance.", { sort: ["Needs words"] });

  // bm25 is lower for better matches; ascending order puts the best first.
  const rank = sql<number>`bm25(${fts}, 10.0, 1.0)`;
  const relevance = sort === "relevance";
  const sortKey: SQL<number> = relevance
    ? rank
    : sort === "newest"
      ? sql<number>`${projects.publishedAt}`
      : sql<number>`${projects.budgetMaxMinor}`;
  // Ties go by rowid under relevance (the index knows it, so a page can be cut there without
  // reading projects), by id otherwise (the sort indexes end with it).
  const rowid = sql<number>`${projects}.rowid`;
  const tiebreak: SQL<number | string> = relevance ? rowid : sql`${projects.id}`;
  const ascending = relevance;
  const beyond = ascending ? gt : lt;
  const boundary = input.cursor ? decode(input.cursor, relevance) : null;
  const afterBoundary = (key: SQL, tie: SQL) =>
    boundary
      ? or(beyond(key, boundary.key), and(eq(key, boundary.key), beyond(tie, boundary.tiebreak)))
      : undefined;
  // A filter on a column the sort does not walk must not tempt SQLite into its index: with
  // the budget index usable, a budget filter made SQLite collect every open project in the
  // range and sort them (140 ms at 100,000 projects) instead of walking the newest-first
  // index and stopping at a page (0.5 ms). The unary + keeps an index out of a term.
  const unindexed = (column: SQL | typeof projects.budgetMaxMinor) => sql`+${column}`;
  const budgetMax =
    sort === "budget" ? projects.budgetMaxMinor : unindexed(projects.budgetMaxMinor);

  const filters: SQL[] = [];
  if (input.budgetType) filters.push(eq(projects.budgetType, input.budgetType));
  if (input.experienceLevel) filters.push(eq(projects.experienceLevel, input.experienceLevel));
  // A budget filter keeps projects whose range overlaps the one asked for.
  if (input.minBudgetMinor !== undefined)
    filters.push(sql`${budgetMax} >= ${input.minBudgetMinor}`);
  if (input.maxBudgetMinor !== undefined)
    filters.push(lte(projects.budgetMinMinor, input.maxBudgetMinor));
  if (input.postedWithinDays) {
    const since = new Date(now.getTime() - input.postedWithinDays * 86_400_000);
    filters.push(
      sort === "newest"
        ? gte(projects.publishedAt, since)
        : sql`${unindexed(sql`${projects.publishedAt}`)} >= ${since.getTime()}`,
    );
  }
  if (publishedWithin) {
    filters.push(
      sql`${projects.publishedAt} > ${publishedWithin.after.getTime()}`,
      sql`${projects.publishedAt} <= ${publishedWithin.until.getTime()}`,
    );
  }
  if (input.skills.length) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(projectSkills)
          .innerJoin(skills, eq(skills.id, projectSkills.skillId))
          .where(and(eq(projectSkills.projectId, projects.id), inArray(skills.slug, input.skills))),
      ),
    );
  }

  const order = (key: SQL, tie: SQL) => (ascending ? [asc(key), asc(tie)] : [desc(key), desc(tie)]);
  const select = { id: projects.id, sortKey, tiebreak };
  let query;
  if (match && relevance && filters.length === 0) {
    // Words alone, best first: the index ranks its matches and cuts the page itself, and
    // only the page's rows are joined to projects. bm25 of 15,000 matches is cheap; reading
    // 15,000 projects to rank them was not.
    const indexRowid = sql<number>`${fts}.rowid`;
    const page = sql`(select ${indexRowid} as rowid, ${rank} as rank from ${fts} where ${fts} match ${match} ${
      boundary ? sql`and ${afterBoundary(rank, indexRowid)}` : sql``
    } order by rank, rowid limit ${input.limit + 1}) as ranked`;
    const rankedKey = sql<number>`ranked.rank`;
    const rankedRowid = sql<number>`ranked.rowid`;
    query = db
      .select({ id: projects.id, sortKey: rankedKey, tiebreak: rankedRowid })
      .from(page)
      .innerJoin(projects, sql`${projects}.rowid = ${rankedRowid}`)
      .orderBy(...order(rankedKey, rankedRowid));
  } else {
    // Words with filters or another sort read the index's matches (open projects only, so no
    // status check), then filter and sort them on the project rows. The unary + on status keeps
    // SQLite from walking the status index and probing the full-text index for each project.
    const base = db.select(select).from(projects);
    const joined = match ? base.innerJoin(fts, sql`${fts}.rowid = ${projects}.rowid`) : base;
    query = joined
      .where(
        and(
          // The index holds no hidden project (migration 0023); without words, the rule is here.
          match ? sql`${fts} match ${match}` : and(eq(projects.status, "open"), listedProjects()),
          ...filters,
          afterBoundary(sortKey, tiebreak),
        ),
      )
      .orderBy(...order(sortKey, tiebreak))
      .limit(input.limit + 1);
  }

  const cardSelection = {
    ...projectSummaryColumns,
    // Without words there is nothing to mark: the card shows the usual excerpt instead.
    snippet: match
      ? sql<string>`snippet(${fts}, 1, ${MATCH_START}, ${MATCH_END}, '…', 24)`
      : sql<string>`''`,
    titleMarked: match
      ? sql<string>`highlight(${fts}, 0, ${MATCH_START}, ${MATCH_END})`
      : sql<string>`${projects.title}`,
  };
  /** The cards for the page's ids (any order: the page puts them in its own). */
  const cards = (ids: string[]) => {
    const cardBase = db
      .select(cardSelection)
      .from(projects)
      .innerJoin(users, eq(users.id, projects.clientId));
    return match
      ? cardBase
          .innerJoin(fts, sql`${fts}.rowid = ${projects}.rowid`)
          .where(and(inArray(projects.id, ids), sql`${fts} match ${match}`))
      : cardBase.where(inArray(projects.id, ids));
  };
  return { sort, match, query, cards, cardSelection };
}

export type SearchRow = Awaited<ReturnType<typeof searchProjectsQuery>["query"]>[number];
export type SearchCard = Awaited<
  ReturnType<ReturnType<typeof searchProjectsQuery>["cards"]>
>[number];

/** One page of results from the page's rows (one more than the page, if there is more) and their cards. */
export function searchResultsPage({
  sort,
  match,
  limit,
  rows,
  cards,
  tags,
}: {
  sort: Sort;
  match: string | null;
  limit: number;
  rows: SearchRow[];
  cards: SearchCard[];
  tags: Map<string, SkillTag[]>;
}) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const byId = new Map(cards.map((card) => [card.id, card]));
  return {
    sort,
    items: page.flatMap(({ id }) => {
      const card = byId.get(id);
      return card
        ? [
            {
              ...card,
              snippet: match ? card.snippet : excerpt(card.description),
              skills: tags.get(id) ?? [],
            },
          ]
        : [];
    }),
    nextCursor: rows.length > limit && last ? encode(Number(last.sortKey), last.tiebreak) : null,
  };
}

/**
 * Open projects matching words and filters, ranked by relevance (bm25, the title weighing
 * ten times the description), newest, or budget, one keyset page at a time.
 */
export async function searchOpenProjects({
  ctx,
  input,
  now = new Date(),
  publishedWithin,
}: {
  ctx: DomainContext;
  input: z.output<typeof SearchProjectsInput>;
  now?: Date;
  publishedWithin?: { after: Date; until: Date };
}) {
  const { sort, match, query, cards } = searchProjectsQuery({
    db: ctx.db,
    input,
    now,
    publishedWithin,
  });
  const rows = await query;
  const ids = rows.slice(0, input.limit).map((row) => row.id);
  const [pageCards, tags] = ids.length
    ? await Promise.all([cards(ids), skillsByProject(ctx.db, ids)])
    : [[], new Map<string, SkillTag[]>()];
  return searchResultsPage({ sort, match, limit: input.limit, rows, cards: pageCards, tags });
}
