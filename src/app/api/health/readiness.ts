import "server-only";

import { sql } from "drizzle-orm";

import { env } from "~/env";
import { getDb } from "~/server/db/client";
import { migrationState } from "~/server/db/migrations";
import {
  checkJobEngine,
  configuredEngine as configuredJobEngine,
  type JobEngine,
} from "~/server/jobs/runner";

export type Readiness =
  | { ready: true; checks: { database: "ok"; migrations: "current"; jobs: JobEngine } }
  | { ready: false; reason: string };

const CHECK_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what} timed out after ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

function describe(error: unknown) {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Ready means: the database answers, every migration this build ships is applied, and the job
 * engine's Redis answers when jobs run on BullMQ.
 */
export async function checkReadiness(): Promise<Readiness> {
  let db;
  try {
    db = await withTimeout(getDb(), "opening the database");
    await withTimeout(db.run(sql`select 1`), "database ping");
  } catch (error) {
    return { ready: false, reason: `database unreachable: ${describe(error)}` };
  }
  try {
    const state = await withTimeout(migrationState(db, env.MIGRATIONS_DIR), "migration check");
    if (!state.current) {
      return {
        ready: false,
        reason: `migrations pending: ${state.missing.join(", ")} (${state.applied} of ${state.expected} applied)`,
      };
    }
  } catch (error) {
    return {
      ready: false,
      reason: `migration check failed: ${describe(error)}`,
    };
  }
  const jobs = await withTimeout(checkJobEngine(), "job engine check").catch((error: unknown) => ({
    ok: false,
    reason: `job engine check failed: ${describe(error)}`,
  }));
  if (!jobs.ok) return { ready: false, reason: jobs.reason ?? "job engine unavailable" };
  return {
    ready: true,
    checks: { database: "ok", migrations: "current", jobs: configuredJobEngine() },
  };
}
