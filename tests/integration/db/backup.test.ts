import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Worker } from "node:worker_threads";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, onTestFinished } from "vitest";

import { backupDatabase, BackupError, restoreDatabase } from "~/server/db/backup";
import { openDatabase, type Database } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { projects } from "~/server/db/schema/projects";
import { createProject } from "../../helpers/marketplace";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

async function migratedDatabaseAt(file: string) {
  const db = await openDatabase({ url: `file:${file}` });
  await applyMigrations(db, "drizzle");
  return db;
}

/**
 * libsql-js keeps a closed connection's file open until its statements are garbage-collected
 * (tursodatabase/libsql-js#228), so restore would see this process still using the database.
 * A stopped app has no connections at all; collecting them here stands in for that.
 */
async function closeForGood(db: Database) {
  db.$client.close();
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

async function expectIntact(db: Database) {
  expect(await db.all(sql`pragma integrity_check`)).toEqual([{ integrity_check: "ok" }]);
}

async function projectIds(db: Database) {
  const rows = await db.select({ id: projects.id }).from(projects);
  return new Set(rows.map((row) => row.id));
}

/**
 * The app serving while `npm run db:backup` runs: another thread with its own connection
 * inserts n = 1, 2, 3… and publishes the highest acknowledged n in `counters[0]` until
 * `counters[1]` is set. It pauses a millisecond between writes, as requests do: a tight loop
 * would starve this thread's writers, which wait for SQLite's lock in its busy handler.
 * Plain CommonJS: a worker does not go through vitest's transform.
 */
const OTHER_PROCESS_WRITER = `
const { workerData, parentPort } = require("node:worker_threads");
const { createClient } = require(workerData.clientModule);
const client = createClient({ url: workerData.url, timeout: 5000 });
const counters = workerData.counters;
(async () => {
  for (let n = 1; Atomics.load(counters, 1) === 0; n++) {
    await client.execute({ sql: "insert into load_writes (n) values (?)", args: [n] });
    Atomics.store(counters, 0, n);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  client.close();
  parentPort.postMessage("stopped");
})();
`;

function startOtherProcessWriter(file: string) {
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const clientModule = createRequire(import.meta.url).resolve("@libsql/client");
  const worker = new Worker(OTHER_PROCESS_WRITER, {
    eval: true,
    workerData: { clientModule, url: `file:${file}`, counters },
  });
  const stopped = new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  // A failing test must not leave the writer running, or the test process never exits.
  onTestFinished(async () => {
    await worker.terminate();
  });
  return {
    acknowledged: () => Atomics.load(counters, 0),
    stop: () => {
      Atomics.store(counters, 1, 1);
      return stopped;
    },
  };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

async function until(condition: () => boolean) {
  while (!condition()) await pause();
}

describe("database backup", () => {
  it("taken under write load restores intact, with every write acknowledged before it began", async () => {
    const { db, dir, file } = await createTestDatabase();
    const client = await createUser(db, "client");
    // Ballast makes the snapshot take long enough for writes to land while it runs.
    await db.$client.executeMultiple(`
      create table load_writes (n integer primary key);
      create table ballast (bytes blob not null);
      with recursive r(i) as (select 1 union all select i + 1 from r where i < 5000)
      insert into ballast (bytes) select randomblob(4096) from r;
    `);

    const otherProcess = startOtherProcessWriter(file);
    // This process's writers go through the same queue as the backup. They too pause between
    // writes, as requests arriving over the network do; without it the loop never yields.
    const acknowledgedHere: string[] = [];
    let writing = true;
    const inProcessWrites = (async () => {
      while (writing) {
        acknowledgedHere.push((await createProject(db, client.id)).id);
        await pause();
      }
    })();
    await until(() => otherProcess.acknowledged() >= 50 && acknowledgedHere.length >= 20);

    const acknowledgedElsewhereBefore = otherProcess.acknowledged();
    const acknowledgedHereBefore = [...acknowledgedHere];
    const backup = await backupDatabase(db, path.join(dir, "backups"));
    const acknowledgedDuringBackup = otherProcess.acknowledged() - acknowledgedElsewhereBefore;
    writing = false;
    await Promise.all([otherProcess.stop(), inProcessWrites]);

    expect(acknowledgedDuringBackup).toBeGreaterThan(0);
    expect(backup.bytes).toBeGreaterThan(20_000_000);

    const restoredFile = path.join(dir, "restored.db");
    await restoreDatabase(backup.file, `file:${restoredFile}`);
    const restored = await openDatabase({ url: `file:${restoredFile}` });
    await expectIntact(restored);

    const otherRows = await restored.all<{ n: number }>(sql`select n from load_writes order by n`);
    const written = otherRows.map((row) => row.n);
    expect(written.length).toBeGreaterThanOrEqual(acknowledgedElsewhereBefore);
    // One snapshot: a prefix of the sequence, never a later write without an earlier one.
    expect(written).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));

    const restoredProjects = await projectIds(restored);
    for (const id of acknowledgedHereBefore) expect(restoredProjects.has(id), id).toBe(true);
    expect(await restored.get(sql`select count(*) as n from ballast`)).toEqual({ n: 5000 });
    restored.$client.close();
  });

  it("names backups by time, escapes the path and never overwrites one", async () => {
    const { db, dir } = await createTestDatabase();
    const now = new Date(Date.UTC(2026, 10, 21, 21, 30));
    const folder = path.join(dir, "it's backups");

    const first = await backupDatabase(db, folder, now);
    expect(path.basename(first.file)).toBe("guild-2026-11-21T21-30-00-000Z.db");
    await expect(backupDatabase(db, folder, now)).rejects.toMatchObject({ reason: "exists" });
    expect(readdirSync(folder)).toEqual([path.basename(first.file)]);
  });

  it("restore replaces a file database with the backup's contents", async () => {
    const { dir } = await createTestDatabase();
    const targetFile = path.join(dir, "guild.db");
    const target = await migratedDatabaseAt(targetFile);
    const client = await createUser(target, "client");
    const kept = await createProject(target, client.id);
    const { file } = await backupDatabase(target, path.join(dir, "backups"));
    const later = await createProject(target, client.id);
    await closeForGood(target);

    const result = await restoreDatabase(file, `file:${targetFile}`);
    expect(result.target).toBe(targetFile);

    const restored = await openDatabase({ url: `file:${targetFile}` });
    await expectIntact(restored);
    expect(await restored.$count(projects, eq(projects.id, kept.id))).toBe(1);
    expect(await restored.$count(projects, eq(projects.id, later.id))).toBe(0);
    restored.$client.close();
    expect(readdirSync(dir).filter((name) => name.includes("restoring"))).toEqual([]);
  });

  describe("restore refuses and leaves the target untouched", () => {
    async function targetWithBackup() {
      const { dir } = await createTestDatabase();
      const targetFile = path.join(dir, "guild.db");
      const target = await migratedDatabaseAt(targetFile);
      const project = await createProject(target, (await createUser(target, "client")).id);
      const { file: backup } = await backupDatabase(target, path.join(dir, "backups"));
      return { dir, targetFile, target, project, backup };
    }

    async function expectRefused(
      restoring: Promise<unknown>,
      reason: BackupError["reason"],
      message: RegExp,
    ) {
      const error: unknown = await restoring.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackupError);
      expect(error).toMatchObject({ reason, message: expect.stringMatching(message) });
    }

    it("a file that is not a database, a damaged one, or another app's", async () => {
      const { dir, targetFile, target, backup } = await targetWithBackup();
      await closeForGood(target);
      const before = readFileSync(targetFile);

      const notADatabase = path.join(dir, "notes.db");
      writeFileSync(notADatabase, "these are not the pages you are looking for\n".repeat(200));
      await expectRefused(
        restoreDatabase(notADatabase, `file:${targetFile}`),
        "invalid-backup",
        /not a readable database/,
      );

      const truncated = path.join(dir, "truncated.db");
      const whole = readFileSync(backup);
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
      await expectRefused(
        restoreDatabase(truncated, `file:${targetFile}`),
        "invalid-backup",
        /integrity_check|not a readable database/,
      );

      const otherApp = path.join(dir, "other.db");
      const other = await openDatabase({ url: `file:${otherApp}` });
      await other.run(sql`create table notes (body text)`);
      other.$client.close();
      await expectRefused(
        restoreDatabase(otherApp, `file:${targetFile}`),
        "invalid-backup",
        /not a Guild database/,
      );

      await expectRefused(
        restoreDatabase(path.join(dir, "missing.db"), `file:${targetFile}`),
        "invalid-backup",
        /does not exist/,
      );

      expect(readFileSync(targetFile).equals(before)).toBe(true);
      expect(existsSync(`${targetFile}-wal`)).toBe(false);
      expect(readdirSync(dir).filter((name) => name.includes("restoring"))).toEqual([]);
    });

    it("a remote database, pointing at Turso's point-in-time restore", async () => {
      const { targetFile, target, backup } = await targetWithBackup();
      await closeForGood(target);
      const before = readFileSync(targetFile);

      await expectRefused(
        restoreDatabase(backup, "libsql://guild-acme.turso.io"),
        "remote-database",
        /point-in-time restore.*turso db create/,
      );
      expect(readFileSync(targetFile).equals(before)).toBe(true);
    });

    it("a database the app still has open", async () => {
      const { dir, targetFile, target, project, backup } = await targetWithBackup();
      const later = await createProject(target, project.clientId);

      await expectRefused(restoreDatabase(backup, `file:${targetFile}`), "in-use", /stop the app/);
      expect(await projectIds(target)).toEqual(new Set([project.id, later.id]));
      target.$client.close();
      expect(readdirSync(dir).filter((name) => name.includes("restoring"))).toEqual([]);
    });
  });
});
