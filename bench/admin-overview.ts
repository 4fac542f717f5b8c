import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";

import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";
import { readOverview } from "~/server/domain/ops/read-overview";
import { listOpenProjects } from "~/server/domain/project/list-open-projects";
import { ListOpenProjectsInput } from "~/shared/schemas/project";
import { measure } from "./measure";

/**
 * The admin overview on the demo data: six grouped scans (people, projects, proposals,
 * contracts twice, the ledger) per load. Baseline, measured in the same run: the first page of
 * the public project list, the query most visitors cause.
 */
export async function benchAdminOverview() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  try {
    const db = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
    await applyMigrations(db, "drizzle");
    await seedDemoData(db);
    const [rows] = await db.all<{ users: number; proposals: number; entries: number }>(
      sql`select (select count(*) from users) as users, (select count(*) from proposals) as proposals,
          (select count(*) from ledger_entries) as entries`,
    );
    console.log(
      `admin overview: ${rows?.users} people, ${rows?.proposals} proposals, ${rows?.entries} ledger entries`,
    );
    const ctx = { db, actor: null };
    const { median: baseline } = await measure("baseline: open projects, first page", () =>
      listOpenProjects({ ctx, input: ListOpenProjectsInput.parse({}) }),
    );
    for (const period of ["7d", "365d"] as const) {
      const { median } = await measure(
        `overview, ${period}`,
        () => readOverview({ ctx, input: { period } }),
        100,
      );
      console.log(`  ratio overview ${period} / baseline: ${(median / baseline).toFixed(2)}`);
    }
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
