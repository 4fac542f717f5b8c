import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { seedDemoData, seedDemoDataIfEmpty } from "~/server/db/seed/seed-demo-data";
import { createTestDatabase } from "../helpers/test-db";

describe("demo seed", () => {
  it("builds a varied marketplace and is idempotent", async () => {
    const { db } = await createTestDatabase();
    const now = new Date(Date.UTC(2026, 10, 21));
    const first = await seedDemoData(db, { now });
    expect(first.projects).toBe(200);
    expect(first.skills).toBeGreaterThanOrEqual(45);

    const count = async () => ({
      users: await db.$count(users),
      projects: await db.$count(projects),
      open: await db.$count(projects, eq(projects.status, "open")),
    });
    const before = await count();
    expect(before.projects).toBe(200);
    expect(before.open).toBeGreaterThan(100);
    expect(await db.$count(users, eq(users.role, "admin"))).toBe(1);

    await seedDemoData(db, { now });
    expect(await count()).toEqual(before);

    const rows = await db.select().from(projects);
    expect(new Set(rows.map((p) => p.title)).size).toBeGreaterThan(40);
    expect(new Set(rows.map((p) => p.currency))).toEqual(new Set(["USD", "EUR", "GBP"]));
    for (const row of rows) {
      expect(Number.isInteger(row.budgetMinMinor)).toBe(true);
      expect(row.budgetMaxMinor).toBeGreaterThanOrEqual(row.budgetMinMinor);
    }
  });

  it("seeds only an empty database", async () => {
    const { db } = await createTestDatabase();
    await db.insert(users).values({
      name: "Real Person",
      email: "real@example.test",
      role: "client",
    });
    expect(await seedDemoDataIfEmpty(db)).toBeNull();
    expect(await db.$count(projects)).toBe(0);
  });
});
