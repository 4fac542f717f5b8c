import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import {
  ftsQuery,
  MATCH_END,
  MATCH_START,
  searchProjectsQuery,
} from "~/server/domain/project/search-projects";
import { SearchProjectsInput } from "~/shared/schemas/project";
import { callerFor } from "../../helpers/caller";
import { createProject, createSkill } from "../../helpers/marketplace";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
const base = Date.UTC(2026, 10, 1);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  const client = await createUser(db, "client");
  const react = await createSkill(db, "React");
  const figma = await createSkill(db, "Figma");
  const add = (title: string, description: string, extra: Record<string, unknown> = {}) =>
    createProject(db, client.id, { title, description, ...extra });
  await add("React dashboard for a clinic", "Charts and tables for appointments.", {
    skillIds: [react.id],
    publishedAt: new Date(base + 1000),
    budgetMinMinor: 100_000,
    budgetMaxMinor: 200_000,
  });
  await add("Logo for a bakery", "We also want a small React widget on the site.", {
    skillIds: [figma.id],
    publishedAt: new Date(base + 2000),
    budgetMinMinor: 50_000,
    budgetMaxMinor: 80_000,
    budgetType: "hourly",
  });
  await add("Reactive database tuning", "PostgreSQL slow queries, indexes and a report.", {
    publishedAt: new Date(base + 3000),
    budgetMinMinor: 300_000,
    budgetMaxMinor: 900_000,
    experienceLevel: "expert",
  });
  await add("A secret React draft", "Not visible.", { status: "draft" });
  for (let i = 0; i < 25; i++) {
    await add(`Copywriting job ${i}`, "Landing page copy for a launch.", {
      publishedAt: new Date(base + 10_000 + i),
    });
  }
});

const search = (input: Parameters<ReturnType<typeof callerFor>["project"]["search"]>[0]) =>
  callerFor(db).project.search(input);

describe("project search", () => {
  it("matches prefixes as you type, ranks title matches first, and never shows drafts", async () => {
    const result = await search({ q: "reac" });
    expect(result.sort).toBe("relevance");
    const titles = result.items.map((p) => p.title);
    expect(titles).toHaveLength(3);
    expect(titles).not.toContain("A secret React draft");
    // Title hits (weight 10) before the description-only hit.
    expect(titles.at(-1)).toBe("Logo for a bakery");
  });

  it("highlights matches with markers the page turns into <mark>, never raw HTML", async () => {
    const [first] = (await search({ q: "bakery" })).items;
    expect(first!.titleMarked).toBe(`Logo for a ${MATCH_START}bakery${MATCH_END}`);
    const [widget] = (await search({ q: "widget" })).items;
    expect(widget!.snippet).toContain(`${MATCH_START}widget${MATCH_END}`);
  });

  it("filters by skill, budget type, experience, budget overlap and posting date", async () => {
    expect((await search({ skills: ["react"] })).items.map((p) => p.title)).toEqual([
      "React dashboard for a clinic",
    ]);
    expect((await search({ budgetType: "hourly" })).items.map((p) => p.title)).toEqual([
      "Logo for a bakery",
    ]);
    expect((await search({ q: "reac", experienceLevel: "expert" })).items).toHaveLength(1);
    const overlap = await search({ q: "reac", minBudgetMinor: 250_000, maxBudgetMinor: 400_000 });
    expect(overlap.items.map((p) => p.title)).toEqual(["Reactive database tuning"]);
    const recent = await search({ postedWithinDays: 1 });
    expect(recent.items).toHaveLength(0);
  });

  it("sorts by newest or by budget, and pages with keyset cursors without repeats", async () => {
    const byBudget = await search({ q: "reac", sort: "budget" });
    expect(byBudget.items.map((p) => p.budgetMaxMinor)).toEqual([900_000, 200_000, 80_000]);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search({ sort: "newest", cursor, limit: 10 });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(28);
    expect(seen).toHaveLength(28);
  });

  it("keeps the index in sync with every change to a project", async () => {
    const [row] = await db.select().from(projects).where(eq(projects.title, "Logo for a bakery"));
    await db
      .update(projects)
      .set({ title: "Logo for a patisserie" })
      .where(eq(projects.id, row!.id));
    expect((await search({ q: "bakery" })).items).toHaveLength(0);
    expect((await search({ q: "patisserie" })).items).toHaveLength(1);
  });

  it("holds only open projects: one leaves the index when it closes and comes back if it reopens", async () => {
    const client = await createUser(db, "client");
    const project = await createProject(db, client.id, {
      title: "Sailmaker website",
      description: "A site for a sailmaker.",
    });
    const found = async () => (await search({ q: "sailmaker" })).items.map((p) => p.id);
    expect(await found()).toEqual([project.id]);
    for (const status of ["in_progress", "cancelled", "completed"] as const) {
      await db.update(projects).set({ status }).where(eq(projects.id, project.id));
      expect(await found(), status).toEqual([]);
      // Edits while closed must not put it back.
      await db
        .update(projects)
        .set({ title: `Sailmaker website (${status})` })
        .where(eq(projects.id, project.id));
      expect(await found(), status).toEqual([]);
    }
    await db.update(projects).set({ status: "open" }).where(eq(projects.id, project.id));
    expect(await found()).toEqual([project.id]);
    await db.delete(projects).where(eq(projects.id, project.id));
    expect(await found()).toEqual([]);
    expect(
      await db.all(sql`select * from open_projects_fts_docsize where id not in
      (select rowid from projects where status = 'open')`),
    ).toEqual([]);
  });

  it("pages through equally good matches by relevance, with and without filters, without repeats", async () => {
    for (const raw of [{ q: "copywriting" }, { q: "copywriting", budgetType: "fixed" as const }]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await search({ ...raw, cursor, limit: 10 });
        expect(page.sort).toBe("relevance");
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages, JSON.stringify(raw)).toBe(3);
      expect(new Set(seen).size, JSON.stringify(raw)).toBe(25);
    }
  });

  it("treats FTS syntax in the query as words, and rejects a forged cursor", async () => {
    expect(ftsQuery(`react" OR title:* NEAR(`)).toBe(`"react"* "or"* "title"* "near"*`);
    expect(ftsQuery("a c# dev")).toBe(`"a" "c" "dev"*`);
    await expect(search({ q: `"unbalanced (quote` })).resolves.toBeDefined();
    await expect(search({ cursor: "bm90IGpzb24" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("search query plans", () => {
  // The planner has no statistics, so its choice is the same on 10 rows as on 100,000: these
  // plans are what keeps a search from walking every open project (see `npm run bench`).
  const plan = async (raw: Record<string, unknown>) => {
    const input = SearchProjectsInput.parse(raw);
    const { query } = searchProjectsQuery({ db, input, now: new Date() });
    const { sql: text, params } = query.toSQL();
    const rows = await db.$client.execute({
      sql: `explain query plan ${text}`,
      args: params as never[],
    });
    return rows.rows.map((row) => String(row.detail));
  };

  it("lets the full-text index drive a search with words, whatever the sort", async () => {
    for (const raw of [
      { sort: "newest" },
      { sort: "budget" },
      { sort: "relevance", budgetType: "fixed" },
      { sort: "relevance", skills: ["react"] },
    ]) {
      const steps = await plan({ q: "nothing matches this", ...raw });
      expect(steps[0], JSON.stringify(raw)).toMatch(/^SCAN open_projects_fts VIRTUAL TABLE/);
    }
  });

  it("ranks words alone inside the index and reads projects only for the page", async () => {
    for (const cursor of [undefined, Buffer.from("[-1.5,42]").toString("base64url")]) {
      const steps = await plan({ q: "nothing matches this", cursor });
      // The index ranks and cuts the page in a subquery; projects are looked up by rowid after.
      expect(steps[0]).toBe("CO-ROUTINE ranked");
      expect(steps[1]).toMatch(/^SCAN open_projects_fts VIRTUAL TABLE/);
      expect(steps.join("\n")).toMatch(/SEARCH projects USING INTEGER PRIMARY KEY \(rowid=\?\)/);
      expect(steps.join("\n")).not.toMatch(/SCAN projects\b/);
    }
  });

  it("reads the newest and the highest budgets from an index, without sorting", async () => {
    for (const [sort, index] of [
      ["newest", "projects_status_published_idx"],
      ["budget", "projects_status_budget_idx"],
    ]) {
      const steps = await plan({ sort });
      expect(steps.join("\n")).toContain(index);
      expect(steps.join("\n")).not.toContain("TEMP B-TREE FOR ORDER BY");
    }
  });

  it("walks the sort's own index when filtering by budget or posting date, instead of sorting", async () => {
    for (const [raw, index] of [
      [{ minBudgetMinor: 100_000, maxBudgetMinor: 500_000 }, "projects_status_published_idx"],
      [{ minBudgetMinor: 100_000, sort: "newest" }, "projects_status_published_idx"],
      [{ postedWithinDays: 7, sort: "budget" }, "projects_status_budget_idx"],
    ] as const) {
      const steps = (await plan(raw)).join("\n");
      expect(steps, JSON.stringify(raw)).toContain(index);
      expect(steps, JSON.stringify(raw)).not.toContain("TEMP B-TREE FOR ORDER BY");
    }
  });

  it("reads the cards, snippets and highlights only for the page's own ids", async () => {
    const input = SearchProjectsInput.parse({ q: "widget" });
    const { cards } = searchProjectsQuery({ db, input, now: new Date() });
    const { sql: text, params } = cards(["a", "b"]).toSQL();
    const rows = await db.$client.execute({
      sql: `explain query plan ${text}`,
      args: params as never[],
    });
    const steps = rows.rows.map((row) => String(row.detail));
    // The page's ids are looked up by key first; the full-text index is only asked about them.
    expect(steps[0]).toMatch(/^SEARCH projects USING INDEX sqlite_autoindex_projects_1 \(id=\?\)/);
    expect(steps.join("\n")).not.toMatch(/SCAN projects\b/);
  });
});
