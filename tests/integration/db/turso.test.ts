import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations, migrationState } from "~/server/db/migrations";
import { projects } from "~/server/db/schema/projects";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";
import { callerFor } from "../../helpers/caller";
import { createProject } from "../../helpers/marketplace";
import { createUser } from "../../helpers/people";
import { startSqld } from "../../helpers/sqld";

/** The same code on Turso's server: remote over HTTP, and an embedded replica syncing from it. */
let sqld: Awaited<ReturnType<typeof startSqld>>;
let remote: Database;

beforeAll(async () => {
  sqld = await startSqld();
  remote = await openDatabase({ url: sqld.url });
  await applyMigrations(remote, "drizzle");
  await seedDemoData(remote, {
    projects: 60,
    now: new Date(Date.UTC(2026, 10, 1)),
  });
});

afterAll(async () => {
  remote.$client.close();
  await sqld.stop();
});

describe("remote libSQL server", () => {
  it("is migrated by the same migrator and reports current", async () => {
    expect(await migrationState(remote, "drizzle")).toMatchObject({
      current: true,
    });
  });

  it("serves the project list and detail through the procedures", async () => {
    const open = await remote.$count(projects, eq(projects.status, "open"));
    const page = await callerFor(remote).project.listOpen({ limit: 50 });
    expect(page.items.length).toBe(Math.min(open, 50));
    const detail = await callerFor(remote).project.byId({
      id: page.items[0]!.id,
    });
    expect(detail.title).toBe(page.items[0]!.title);
  });

  it("enforces foreign keys on the server too", async () => {
    const error = await createProject(remote, "no-such-client").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).cause)).toMatch(/FOREIGN KEY constraint failed/i);
  });
});

describe("embedded replica", () => {
  it("syncs from the server on open and reads locally; writes go through to the server", async () => {
    const replica = await openDatabase({
      url: `file:${path.join(sqld.dir, "replica.db")}`,
      syncUrl: sqld.url,
      syncIntervalSeconds: 3600,
    });
    try {
      const total = await remote.$count(projects);
      expect(await replica.$count(projects)).toBe(total);

      const client = await createUser(remote, "client");
      await createProject(remote, client.id, {
        title: "Posted after the replica opened",
      });
      await replica.$client.sync();
      const page = await callerFor(replica).project.listOpen({ limit: 1 });
      expect(page.items[0]?.title).toBe("Posted after the replica opened");

      await createProject(replica, client.id, {
        title: "Written through the replica",
      });
      const [row] = await remote
        .select()
        .from(projects)
        .where(eq(projects.title, "Written through the replica"));
      expect(row?.clientId).toBe(client.id);
    } finally {
      replica.$client.close();
    }
  });
});
