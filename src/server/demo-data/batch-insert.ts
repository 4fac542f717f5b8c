import { getTableColumns } from "drizzle-orm";
import type { SQLiteInsertValue, SQLiteTable } from "drizzle-orm/sqlite-core";

import type { Transaction } from "~/server/db/client";

/** SQLite binds at most 32,766 variables per statement; 400 rows keep statements small. */
const MAX_VARIABLES = 32_766;
const MAX_ROWS = 400;

/** Inserts `rows` a few hundred at a time, skipping any that already exist (re-seeding adds nothing). */
export async function insertInBatches<T extends SQLiteTable>(
  tx: Transaction,
  table: T,
  rows: SQLiteInsertValue<T>[],
) {
  const size = Math.min(
    MAX_ROWS,
    Math.floor(MAX_VARIABLES / Object.keys(getTableColumns(table)).length),
  );
  for (let i = 0; i < rows.length; i += size) {
    await tx
      .insert(table)
      .values(rows.slice(i, i + size))
      .onConflictDoNothing();
  }
}
