import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startStandalone } from "../e2e/standalone-server";
import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { seedDemoData } from "~/server/demo-data/seed-demo-data";

// High enough that no page a bench loads is refused.
const LIMITS = "reads=100000000/1h";

/** The pages a signed-out visitor lands on most, and the framework-only page they are weighed against. */
export interface DemoPages {
  home: string;
  projects: string;
  project: string;
  /** /terms: a page with no client component of its own, so what it loads is the framework's floor. */
  baseline: string;
}

/**
 * The production standalone server (`npm run build` first) on a database seeded with the
 * demo data, as a visitor of the demo site finds it; its pages include a real open project's.
 */
export async function startDemoSite() {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-bench-"));
  const databasePath = path.join(dir, "demo.db");
  try {
    const db = await openDatabase({ url: `file:${databasePath}` });
    await applyMigrations(db, "drizzle");
    await seedDemoData(db);
    db.$client.close();
    // A non-empty database: demo mode seeds nothing more.
    const server = await startStandalone({
      DATABASE_URL: `file:${databasePath}`,
      GUILD_DEMO_MODE: "true",
      RATE_LIMITS: LIMITS,
      LOG_LEVEL: "warn",
    });
    const stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      const home = await (await fetch(`${server.url}/`)).text();
      const projectId = /href="\/projects\/(?!new")([^"/?#]+)"/.exec(home)?.[1];
      if (!projectId) throw new Error("the home page links to no open project");
      const pages: DemoPages = {
        home: "/",
        projects: "/projects",
        project: `/projects/${projectId}`,
        baseline: "/terms",
      };
      return { url: server.url, pages, stop };
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
