import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { users } from "~/server/db/schema/users";
import { actorOf, callerFor } from "../../helpers/caller";
import { journal, migrationsUpTo } from "../../helpers/migrations";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * The hourly-contracts migration on a database from before it: contracts hired on hourly
 * projects (their "amount" the hourly rate, with milestones and a pending amount change)
 * become hourly contracts; fixed ones stay exactly as they were. Found by tag, so it holds
 * when migrations are renumbered at merge.
 */
const schemaStep = journal.entries.findIndex((entry) => entry.tag.endsWith("_hourly_contracts"));
const fixtures = [
  "0000_init",
  "0001_identity",
  "0002_proposals_contracts",
  "0004_milestones",
  "0005_reviews",
  "0006_profiles",
];

const legacy = `
  INSERT INTO projects (id, client_id, title, description, status, budget_type, budget_min_minor, budget_max_minor,
    currency, experience_level, duration, deadline, published_at, created_at, updated_at) VALUES
    ('p-legacy', 'u-client', 'Ongoing Vue work', 'Brief', 'in_progress', 'hourly', 6000, 9000, 'USD', 'expert', 'over_6_months', NULL, 1767225600000, 1767225600000, 1767225600000);
  INSERT INTO proposals (id, project_id, freelancer_id, cover_letter, bid_minor, currency, estimated_duration, status, created_at, updated_at) VALUES
    ('pr-legacy', 'p-legacy', 'u-free', 'By the hour', 8500, 'USD', 'over_6_months', 'accepted', 1767225600000, 1767225600000);
  INSERT INTO contracts (id, project_id, proposal_id, client_id, freelancer_id, amount_minor, currency, status, created_at) VALUES
    ('c-legacy', 'p-legacy', 'pr-legacy', 'u-client', 'u-free', 8500, 'USD', 'active', 1767225600000);
  INSERT INTO milestones (id, contract_id, title, amount_minor, status, created_at, updated_at) VALUES
    ('m-legacy-1', 'c-legacy', 'Design', 1800, 'approved', 1767225600000, 1767225600000),
    ('m-legacy-2', 'c-legacy', 'Build', 2800, 'pending', 1767225600000, 1767225600000);
  INSERT INTO contract_amendments (id, contract_id, amount_minor, previous_amount_minor, reason, status, created_at) VALUES
    ('am-legacy', 'c-legacy', 9500, 8500, 'A higher rate', 'pending', 1767225600000);`;

describe("the hourly-contracts migration", () => {
  it("makes contracts on hourly projects hourly, keeping their milestones as a record", async () => {
    expect(schemaStep, "the *_hourly_contracts migration is in the journal").toBeGreaterThan(0);
    const { dir } = await createTestDatabase();
    const db = await openDatabase({ url: `file:${path.join(dir, "before-hourly.db")}` });
    await applyMigrations(db, migrationsUpTo(dir, schemaStep));
    for (const fixture of fixtures)
      await db.$client.executeMultiple(
        readFileSync(`tests/fixtures/migration-data/${fixture}.sql`, "utf8"),
      );
    await db.$client.executeMultiple(legacy);
    const before = await db.all(sql`select * from milestones order by id`);

    await applyMigrations(db, "drizzle");

    const contracts = await db.all(
      sql`select id, kind, amount_minor, hourly_rate_minor, weekly_limit_minutes from contracts order by id`,
    );
    expect(contracts).toEqual([
      {
        id: "c-1",
        kind: "fixed",
        amount_minor: 150_000,
        hourly_rate_minor: null,
        weekly_limit_minutes: null,
      },
      {
        id: "c-legacy",
        kind: "hourly",
        amount_minor: 8_500,
        hourly_rate_minor: 8_500,
        weekly_limit_minutes: 2_400,
      },
    ]);
    // Not a row of milestones lost or changed; the amount change nobody answered is withdrawn.
    expect(await db.all(sql`select * from milestones order by id`)).toEqual(before);
    expect(
      await db.all(
        sql`select id, status, decided_at is not null as decided from contract_amendments order by id`,
      ),
    ).toEqual([
      { id: "am-1", status: "pending", decided: 0 },
      { id: "am-legacy", status: "withdrawn", decided: 1 },
    ]);

    // The app treats it as the hourly contract it now is.
    const [freelancer] = await db.select().from(users).where(eq(users.id, "u-free"));
    const api = callerFor(db, actorOf(freelancer!));
    const today = new Date().toISOString().slice(0, 10);
    await expect(
      api.timesheet.logTime({
        contractId: "c-legacy",
        workDate: today,
        minutes: 90,
        description: "Code review",
      }),
    ).resolves.toMatchObject({ minutes: 90 });
    await expect(
      api.contract.submitMilestone({ id: "m-legacy-2", note: "Built", links: [] }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "This milestone is from before the contract became hourly: it is kept as a record and can no longer change.",
    });
    const workspace = await api.contract.workspace({ id: "c-legacy" });
    expect(workspace.milestones.map((m) => m.id).sort()).toEqual(["m-legacy-1", "m-legacy-2"]);
    db.$client.close();
  });
});
