import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export const journal = JSON.parse(readFileSync("drizzle/meta/_journal.json", "utf8")) as Journal;

/** A migrations folder holding only the first `count` migrations, as an older release shipped it. */
export function migrationsUpTo(dir: string, count: number) {
  const folder = path.join(dir, `migrations-${count}`);
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const entry of entries)
    cpSync(`drizzle/${entry.tag}.sql`, path.join(folder, `${entry.tag}.sql`));
  writeFileSync(
    path.join(folder, "meta", "_journal.json"),
    JSON.stringify({ ...journal, entries }),
  );
  return folder;
}
