import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";

import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";
import type { PersonActor } from "~/server/domain/actor";
import { clientDashboard } from "~/server/domain/dashboard/client-dashboard";
import { freelancerDashboard } from "~/server/domain/dashboard/freelancer-dashboard";
import { recommendProjects } from "~/server/domain/dashboard/recommend-projects";
import { searchFreelancers } from "~/server/domain/profile/search-freelancers";
import { SearchFreelancersInput } from "~/shared/schemas/profile";
import { searchOpenProjects } from "~/server/domain/project/search-projects";
import { SearchProjectsInput } from "~/shared/schemas/project";
import { measure } from "./measure";
import { SEARCH_MIX } from "./search-http";

/**
 * The per-person pages at scale: dashboards, recommendations and freelancer search on a
 * large seed. The embedded database runs each query on the event loop, so every
 * millisecond here is a millisecond no other request is served. Baseline, same run: one
 * project read by primary key, the cheapest query there is.
 */

const PROJECTS = Number(process.env.BENCH_QUERIES_PROJECTS ?? 100_000);

export async function benchMarketplaceQueries() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  try {
    const db = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
    await applyMigrations(db, "drizzle");
    const seeded = await seedDemoData(db, { projects: PROJECTS });
    console.log(
      `marketplace queries: ${seeded.projects} projects, ${seeded.freelancers} freelancers, ${seeded.proposals} proposals`,
    );
    const demo = async (email: string, role: "client" | "freelancer") => {
      const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
      return { db, actor: { ...user!, kind: "person", role } as unknown as PersonActor };
    };
    const client = await demo("client@guild.example", "client");
    const freelancer = await demo("freelancer@guild.example", "freelancer");
    const anyone = { db, actor: null };
    const [sample] = await db.select({ id: projects.id }).from(projects).limit(1);

    const baseline = await measure("baseline: one project by primary key", () =>
      db.select().from(projects).where(eq(projects.id, sample!.id)),
    );
    const figures = {
      "client dashboard": await measure("client dashboard", () => clientDashboard({ ctx: client })),
      "freelancer dashboard": await measure("freelancer dashboard", () =>
        freelancerDashboard({ ctx: freelancer }),
      ),
      recommendations: await measure("recommended projects", () =>
        recommendProjects({ ctx: freelancer }),
      ),
      "freelancer search": await measure('freelancer search "developer"', () =>
        searchFreelancers({ ctx: anyone, input: SearchFreelancersInput.parse({ q: "developer" }) }),
      ),
      "freelancer list": await measure("freelancer list, no words", () =>
        searchFreelancers({ ctx: anyone, input: SearchFreelancersInput.parse({}) }),
      ),
    };
    // Project search, one query at a time: each search of the HTTP benchmark's mix.
    const searches: { label: string; median: number }[] = [];
    for (const raw of SEARCH_MIX) {
      const input = SearchProjectsInput.parse(raw);
      const { median } = await measure(
        `project search ${JSON.stringify(raw)}`.slice(0, 44),
        () => searchOpenProjects({ ctx: anyone, input }),
        100,
      );
      searches.push({ label: JSON.stringify(raw), median });
    }
    const mean = searches.reduce((sum, s) => sum + s.median, 0) / searches.length;
    const worst = searches.reduce((a, b) => (b.median > a.median ? b : a));
    console.log(
      `  project search over ${searches.length} searches: mean ${mean.toFixed(2)} ms (aim: at most 5), ` +
        `slowest ${worst.median.toFixed(2)} ms ${worst.label} (aim: none over 15); ` +
        `ratio mean to baseline ${(mean / baseline.median).toFixed(0)}×`,
    );
    console.log(
      `  ratio to baseline (median): ${Object.entries(figures)
        .map(([label, { median }]) => `${label} ${(median / baseline.median).toFixed(0)}×`)
        .join(", ")}`,
    );
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
