import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, desc, eq } from "drizzle-orm";

import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";
import { listOpenProjects } from "~/server/domain/project/list-open-projects";
import { projectSummaryColumns } from "~/server/domain/project/project-card";
import { ListOpenProjectsInput } from "~/shared/schemas/project";
import { measure } from "./measure";

/**
 * Keyset pagination of the public project list: a deep page should cost what the first
 * page costs. Baseline, measured in the same run: the same page fetched with OFFSET.
 */

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 20_000);
const DEEP_PAGE = 200;

export async function benchListOpenProjects() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  try {
    const db = await openDatabase({
      url: `file:${path.join(dir, "bench.db")}`,
    });
    await applyMigrations(db, "drizzle");
    const seeded = await seedDemoData(db, { projects: PROJECTS });
    const open = await db.$count(projects, eq(projects.status, "open"));
    console.log(
      `list open projects: ${seeded.projects} projects (${open} open), page ${DEEP_PAGE} of 20 rows`,
    );

    const ctx = { db, actor: null };
    let cursor: string | undefined;
    for (let page = 0; page < DEEP_PAGE; page++) {
      const result = await listOpenProjects({
        ctx,
        input: ListOpenProjectsInput.parse({ cursor }),
      });
      cursor = result.olderCursor ?? undefined;
    }
    const first = ListOpenProjectsInput.parse({});
    const deep = ListOpenProjectsInput.parse({ cursor });

    const { median: firstMs } = await measure("keyset, first page", () =>
      listOpenProjects({ ctx, input: first }),
    );
    const { median: deepMs } = await measure(`keyset, page ${DEEP_PAGE}`, () =>
      listOpenProjects({ ctx, input: deep }),
    );
    const { median: offsetMs } = await measure(`baseline: OFFSET, page ${DEEP_PAGE}`, () =>
      db
        .select(projectSummaryColumns)
        .from(projects)
        .innerJoin(users, eq(users.id, projects.clientId))
        .where(and(eq(projects.status, "open")))
        .orderBy(desc(projects.publishedAt), desc(projects.id))
        .limit(21)
        .offset(DEEP_PAGE * 20),
    );
    console.log(
      `  ratio keyset page ${DEEP_PAGE} / keyset first page: ${(deepMs / firstMs).toFixed(2)} (1.00 = depth costs nothing)`,
    );
    console.log(
      `  ratio OFFSET page ${DEEP_PAGE} / keyset page ${DEEP_PAGE}: ${(offsetMs / deepMs).toFixed(2)} (keyset is this many times faster)`,
    );
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
