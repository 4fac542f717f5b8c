import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/libsql/migrator";

import type { Database } from "./client";

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export function resolveMigrationsDir(dir: string) {
  // Resolved at run time: the standalone server carries drizzle/ beside server.js.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}

/** Applies every pending drizzle-kit migration; safe to run on every start. */
export async function applyMigrations(db: Database, migrationsDir: string) {
  await migrate(db, { migrationsFolder: resolveMigrationsDir(migrationsDir) });
}

export type MigrationState =
  | { current: true; applied: number }
  | { current: false; applied: number; expected: number; missing: string[] };

/**
 * Compares the journal shipped with this build to what the database records as applied.
 * drizzle's migrator stores each migration's journal `when` as `created_at`.
 */
export async function migrationState(db: Database, migrationsDir: string): Promise<MigrationState> {
  const journalPath = path.join(resolveMigrationsDir(migrationsDir), "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as Journal;

  const tableExists = await db.get<{ n: number }>(
    sql`select count(*) as n from sqlite_master where type = 'table' and name = '__drizzle_migrations'`,
  );
  const applied =
    tableExists && tableExists.n > 0
      ? await db.all<{ created_at: number }>(sql`select created_at from __drizzle_migrations`)
      : [];
  const appliedAt = new Set(applied.map((row) => Number(row.created_at)));
  const missing = journal.entries.filter((entry) => !appliedAt.has(entry.when)).map((e) => e.tag);

  return missing.length === 0
    ? { current: true, applied: applied.length }
    : {
        current: false,
        applied: applied.length,
        expected: journal.entries.length,
        missing,
      };
}
