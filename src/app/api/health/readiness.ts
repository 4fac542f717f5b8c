import "server-only";

import { sql } from "drizzle-orm";

import { env } from "~/env";
import { getDb } from "~/server/db/client";
import { migrationState } from "~/server/db/migrations";

export type Readiness =
  | { ready: true; checks: { database: "ok"; migrations: "current" } }
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

/** Ready means: the database answers and every migration this build ships is applied. */
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
  return { ready: true, checks: { database: "ok", migrations: "current" } };
}
