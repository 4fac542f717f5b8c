import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations, migrationState } from "~/server/db/migrations";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";
import { journal, migrationsUpTo } from "../../helpers/migrations";
import { createTestDatabase } from "../../helpers/test-db";

async function tableCounts(db: Database) {
  const tables = await db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'`,
  );
  // Full-text indexes are derived from the tables (a migration may replace one): expectIntact
  // checks them against what they index instead.
  const counts: Record<string, number> = {};
  for (const { name } of tables.filter((table) => !table.name.includes("_fts"))) {
    const row = await db.get<{ n: number }>(sql.raw(`select count(*) as n from "${name}"`));
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

/** Tables a later migration moved into another: their rows are counted there. */
const mergedInto: Record<string, string> = { message_reports: "content_reports" };

async function expectIntact(db: Database) {
  expect(await db.all(sql`pragma foreign_key_check`)).toEqual([]);
  expect(await db.all(sql`pragma integrity_check`)).toEqual([{ integrity_check: "ok" }]);
  // The full-text indexes hold exactly one row per open, unhidden project and per freelancer profile.
  const openProjects = await db.all<{ id: number }>(
    sql`select rowid as id from projects where status = 'open' and hidden_at is null order by rowid`,
  );
  expect(await db.all(sql`select id from open_projects_fts_docsize order by id`)).toEqual(
    openProjects,
  );
  const [unindexed] = await db.all<{ n: number }>(
    sql`select count(*) as n from freelancer_profiles fp
      where not exists (select 1 from freelancers_fts f where f.rowid = fp.rowid)`,
  );
  const [indexed] = await db.all<{ n: number }>(sql`select count(*) as n from freelancers_fts`);
  const [profiles] = await db.all<{ n: number }>(
    sql`select count(*) as n from freelancer_profiles`,
  );
  expect({ unindexed: unindexed!.n, indexed: indexed!.n }).toEqual({
    unindexed: 0,
    indexed: profiles!.n,
  });
  // The reputation the triggers keep on each profile is what its history says.
  const drifted = await db.all(
    sql`select fp.user_id from freelancer_profiles fp
      where fp.completed_contracts <> (select count(*) from contracts c
          where c.freelancer_id = fp.user_id and c.status = 'completed')
        or fp.review_count <> (select count(*) from reviews r
          where r.reviewee_id = fp.user_id and r.hidden_at is null)
        or fp.rating_total <> (select coalesce(sum(r.overall), 0) from reviews r
          where r.reviewee_id = fp.user_id and r.hidden_at is null)`,
  );
  expect(drifted).toEqual([]);
}

describe("migrations", () => {
  it("opens file databases in WAL mode with foreign keys on", async () => {
    const { db } = await createTestDatabase();
    expect(await db.get(sql`pragma journal_mode`)).toEqual({
      journal_mode: "wal",
    });
    expect(await db.get(sql`pragma foreign_keys`)).toEqual({ foreign_keys: 1 });
    expect(await db.get(sql`pragma busy_timeout`)).toEqual({ timeout: 5000 });
  });

  it("reports pending migrations until they are applied", async () => {
    const { dir } = await createTestDatabase();
    const db = await openDatabase({
      url: `file:${path.join(dir, "fresh.db")}`,
    });
    const before = await migrationState(db, "drizzle");
    expect(before).toMatchObject({
      current: false,
      applied: 0,
      expected: journal.entries.length,
    });
    await applyMigrations(db, "drizzle");
    expect(await migrationState(db, "drizzle")).toEqual({
      current: true,
      applied: journal.entries.length,
    });
    db.$client.close();
  });

  // Each fixture adds rows for what its migration introduced; loaded in order up to a step, they
  // fill the schema as it stood there. Migrating on to the newest schema must keep every row:
  // this is where a drizzle-kit table rebuild that cascades a DROP TABLE would show up.
  const withFixtures = journal.entries
    .map((entry, index) => ({
      ...entry,
      count: index + 1,
      fixture: `tests/fixtures/migration-data/${entry.tag}.sql`,
    }))
    .filter((entry) => existsSync(entry.fixture));

  it("has a data fixture for the newest migration that changes existing tables", () => {
    expect(withFixtures.length).toBeGreaterThan(0);
  });

  for (const step of withFixtures) {
    it(`keeps every row written after ${step.tag} through all later migrations`, async () => {
      const { dir } = await createTestDatabase();
      const db = await openDatabase({
        url: `file:${path.join(dir, `${step.tag}.db`)}`,
      });
      await applyMigrations(db, migrationsUpTo(dir, step.count));
      for (const earlier of withFixtures.filter((fixture) => fixture.count <= step.count)) {
        await db.$client.executeMultiple(readFileSync(earlier.fixture, "utf8"));
      }
      const before = await tableCounts(db);
      expect(Object.values(before).some((n) => n > 0)).toBe(true);

      await applyMigrations(db, "drizzle");

      const after = await tableCounts(db);
      for (const [table, count] of Object.entries(before)) {
        const now = table in mergedInto ? mergedInto[table]! : table;
        expect(after[now], `rows in ${table}`).toBeGreaterThanOrEqual(count);
      }
      await expectIntact(db);
      db.$client.close();
    });
  }

  it("backfills each milestone's history from what it showed before the history existed", async () => {
    // Found by name, not number: the lead renumbers migrations when branches merge.
    const step = withFixtures.find((fixture) => fixture.tag.endsWith("_milestone_history"))!;
    const { dir } = await createTestDatabase();
    const db = await openDatabase({ url: `file:${path.join(dir, "history.db")}` });
    await applyMigrations(db, migrationsUpTo(dir, step.count));
    for (const earlier of withFixtures.filter((fixture) => fixture.count <= step.count)) {
      await db.$client.executeMultiple(readFileSync(earlier.fixture, "utf8"));
    }
    await applyMigrations(db, "drizzle");

    const history = await db.all<Record<string, unknown>>(
      sql`select milestone_id, kind, note, links, reason, created_at from milestone_events
        order by milestone_id, created_at`,
    );
    // An approved milestone from before submissions were kept (m-1, no note, no time) has none.
    // prettier-ignore
    expect(history).toEqual([
      { milestone_id: "m-approved", kind: "submitted", note: "All done", links: '["https://example.com/final"]', reason: null, created_at: 1767312000000 },
      { milestone_id: "m-approved", kind: "approved", note: null, links: null, reason: null, created_at: 1767571200000 },
      // The earlier request's time was never recorded: it is placed just before the hand-in it led to.
      { milestone_id: "m-resubmitted", kind: "changes_requested", note: null, links: null, reason: "Bigger type, please", created_at: 1767484799999 },
      { milestone_id: "m-resubmitted", kind: "submitted", note: "Second try", links: "[]", reason: null, created_at: 1767484800000 },
      { milestone_id: "m-sent-back", kind: "submitted", note: "First try", links: '["https://example.com/v1"]', reason: null, created_at: 1767312000000 },
      { milestone_id: "m-sent-back", kind: "changes_requested", note: null, links: null, reason: "Missing the tests", created_at: 1767398400000 },
    ]);
    // The milestones themselves are as they were: their latest values stay for lists.
    const [sentBack] = await db.all<Record<string, unknown>>(
      sql`select status, submission_note, changes_reason from milestones where id = 'm-sent-back'`,
    );
    expect(sentBack).toEqual({
      status: "changes_requested",
      submission_note: "First try",
      changes_reason: "Missing the tests",
    });
    db.$client.close();
  });

  it("re-running the migrator on a seeded database changes nothing", async () => {
    const { db } = await createTestDatabase();
    await seedDemoData(db, {
      projects: 50,
      now: new Date(Date.UTC(2026, 10, 1)),
    });
    const before = await tableCounts(db);
    await applyMigrations(db, "drizzle");
    expect(await tableCounts(db)).toEqual(before);
    await expectIntact(db);
  });
});
