import { createHash } from "node:crypto";

import type { Database } from "~/server/db/client";

/**
 * A fingerprint of every row of every table, so a test can say "nothing changed" without
 * naming the tables: a table added later is covered the day it is migrated. FTS tables and
 * their shadow tables are left out (triggers rebuild them from their source tables, which
 * are compared), as is drizzle's migration journal.
 */
export async function databaseFingerprint(db: Database): Promise<() => Promise<string>> {
  const { rows } = await db.$client.execute(
    "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
  );
  const tables = rows.map((row) => ({ name: String(row.name), sql: String(row.sql) }));
  const virtual = tables.filter((t) => /^create virtual table/i.test(t.sql)).map((t) => t.name);
  const compared = tables
    .map((t) => t.name)
    .filter((name) => !name.startsWith("__drizzle"))
    .filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));

  const selects: string[] = [];
  for (const table of compared) {
    const columns = await db.$client.execute(`select name from pragma_table_info('${table}')`);
    // quote() keeps types apart ('1' vs 1, NULL vs '') and is one SQLite call per value.
    const row = columns.rows.map((c) => `quote("${String(c.name)}")`).join(" || ',' || ");
    selects.push(
      `select '${table}' || ':' || count(*) || ':' || coalesce(group_concat(r, char(10)), '') ` +
        `from (select ${row} as r from "${table}" order by 1)`,
    );
  }
  // One statement for every table: a snapshot costs one round trip however many tables there are.
  const statement = selects.join(" union all ");

  return async () => {
    const result = await db.$client.execute(statement);
    const lines = result.rows.map((row) => String(row[0])).sort();
    return createHash("sha1").update(lines.join("\n")).digest("hex");
  };
}

/**
 * Says whether a call changed the database. Calls checked back to back share a fingerprint
 * (the "after" of one is the "before" of the next) until `forget()` says something else
 * wrote in between: half the fingerprints for the same guarantee.
 */
export async function changeWatcher(db: Database) {
  const fingerprint = await databaseFingerprint(db);
  let lastSeen: string | null = null;
  return {
    forget() {
      lastSeen = null;
    },
    async unchangedBy<T>(run: () => Promise<T>): Promise<[T, boolean]> {
      const before = lastSeen ?? (await fingerprint());
      const result = await run();
      lastSeen = await fingerprint();
      return [result, lastSeen === before];
    },
  };
}
