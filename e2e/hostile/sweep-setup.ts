import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";

import type { AppRoute } from "./app-routes";
import { findRealIds, type RealIds, type Viewer } from "./real-ids";
import { sessionCookie, type Role } from "./sessions";

export const ROLES: Role[] = ["client", "freelancer"];

export interface SweepSetup {
  viewers: Record<"anonymous" | Role, Viewer>;
  ids: RealIds;
}

let setup: Promise<SweepSetup> | undefined;

/**
 * Signs each role in through the form and finds real ids in the links each viewer sees, once
 * per run: kept in the run's data directory (playwright.config.ts makes a fresh one, beside
 * the server's database), because a failing test restarts its worker and signing in again
 * after every known defect would cost more than the requests themselves.
 */
export function prepareSweep(
  browser: Browser,
  request: APIRequestContext,
  baseURL: string,
  routes: AppRoute[],
): Promise<SweepSetup> {
  const file = process.env.E2E_DATA_DIR
    ? path.join(process.env.E2E_DATA_DIR, "hostile-input-setup.json")
    : null;
  setup ??= (async () => {
    if (file && existsSync(file)) {
      return JSON.parse(readFileSync(file, "utf8")) as SweepSetup;
    }
    const started = Date.now();
    const [client, freelancer] = await Promise.all(
      ROLES.map((role) => sessionCookie(browser, role)),
    );
    const viewers = {
      anonymous: { name: "anonymous", cookie: "" },
      client: { name: "client", cookie: client! },
      freelancer: { name: "freelancer", cookie: freelancer! },
    };
    const ids = await findRealIds(request, baseURL, routes, Object.values(viewers));
    if (file) writeFileSync(file, JSON.stringify({ viewers, ids }));
    console.log(
      `[hostile-input] signed in and found real ${Object.entries(ids.byName)
        .map(([name, values]) => `${name} ×${values.length}`)
        .join(", ")} in ${Date.now() - started} ms`,
    );
    return { viewers, ids };
  })();
  return setup;
}
