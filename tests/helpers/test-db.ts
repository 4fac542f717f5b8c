import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";

/**
 * A fresh, migrated libSQL file for the calling test file, removed after it.
 * Real SQLite with WAL and foreign keys, exactly as the app opens it.
 */
export async function createTestDatabase(): Promise<{
  db: Database;
  file: string;
  dir: string;
}> {
  const dir = mkdtempSync(path.join(tmpdir(), "guild-test-"));
  const file = path.join(dir, "test.db");
  const db = await openDatabase({ url: `file:${file}` });
  await applyMigrations(db, "drizzle");
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, file, dir };
}
