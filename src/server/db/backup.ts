import "server-only";

import { once } from "node:events";
import { existsSync } from "node:fs";
import { copyFile, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";

import type { Database } from "./client";

/** Remote databases have no file to snapshot or replace; Turso restores them itself. */
export const TURSO_RESTORE_HINT =
  "Turso keeps point-in-time restore for remote databases: " +
  "`turso db create <new-db> --from-db <db> --timestamp <2026-11-21T21:30:00Z>`, " +
  "then point DATABASE_URL at the new database.";

export type BackupFailure = "remote-database" | "exists" | "invalid-backup" | "in-use";

export class BackupError extends Error {
  constructor(
    readonly reason: BackupFailure,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "BackupError";
  }
}

/** The file behind a `file:` URL, or null for remote and in-memory databases. */
export function databaseFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const filePath = url.slice("file:".length).split("?")[0] ?? "";
  return filePath && !filePath.includes(":memory:") ? filePath : null;
}

export function backupFileName(now: Date) {
  return `guild-${now.toISOString().replace(/[:.]/g, "-")}.db`;
}

/**
 * Writes a consistent snapshot with `VACUUM INTO`, safe while the app serves: it is one read
 * transaction, so in WAL mode writers in other processes carry on, and every write committed
 * before it began is in the file. Through our client it queues as a writer, so this process's
 * own writes wait for it. The snapshot is written under a `.partial` name and renamed when
 * complete, so a file with the final name is always a whole backup.
 */
export async function backupDatabase(db: Database, targetDir: string, now = new Date()) {
  if (db.$client.protocol !== "file") {
    throw new BackupError(
      "remote-database",
      `Only embedded databases can be backed up here. ${TURSO_RESTORE_HINT}`,
    );
  }
  await mkdir(targetDir, { recursive: true });
  const file = path.resolve(targetDir, backupFileName(now));
  if (existsSync(file))
    throw new BackupError("exists", `${file} already exists; not overwriting it.`);

  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  try {
    // A bound parameter rather than a quoted literal: INTO takes any string expression.
    await db.$client.execute({ sql: "VACUUM INTO ?", args: [partial] });
    await flushToDisk(partial);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file, bytes: (await stat(file)).size };
}

/**
 * Replaces the embedded database at `targetUrl` with a verified copy of `backupFile`. The app
 * must be stopped: a running server keeps the replaced file open and its writes would vanish.
 * A connection open on the (WAL) target is detected and refused; one opened after that check is
 * not, so this is a guard, not a lock.
 */
export async function restoreDatabase(backupFile: string, targetUrl: string) {
  const target = databaseFilePath(targetUrl);
  if (!target) {
    throw new BackupError(
      "remote-database",
      `${targetUrl} is not an embedded database file. ${TURSO_RESTORE_HINT}`,
    );
  }
  if (!existsSync(backupFile) || !(await stat(backupFile)).isFile()) {
    throw new BackupError("invalid-backup", `${backupFile} does not exist.`);
  }
  await mkdir(path.dirname(path.resolve(target)), { recursive: true });

  // Verify the copy we are about to install, not the original: the bytes checked are the bytes used.
  const staging = `${target}.restoring-${process.pid}`;
  try {
    await copyFile(backupFile, staging);
    await verifyBackup(staging, backupFile);
    await flushToDisk(staging);
    if (existsSync(target)) await refuseIfInUse(target);
    // A WAL or hot journal still beside the target belongs to the old database: replayed into
    // the restored file it would corrupt it, so it goes before the swap.
    await removeSidecars(target);
    await rename(staging, target);
  } finally {
    await rm(staging, { force: true });
    await removeSidecars(staging);
  }
  return { target: path.resolve(target), bytes: (await stat(target)).size };
}

async function verifyBackup(file: string, shownAs: string) {
  const outcome = await inThrowawayConnection(file, {
    statements: [
      "PRAGMA integrity_check",
      "select count(*) from sqlite_master where type = 'table' and name = '__drizzle_migrations'",
    ],
  });
  if ("error" in outcome) {
    throw new BackupError(
      "invalid-backup",
      `${shownAs} is not a readable database (${outcome.error.message}).`,
    );
  }
  const [integrity = [], migrations = []] = outcome.rows;
  const problems = integrity.map((row) => String(row[0])).filter((line) => line !== "ok");
  if (problems.length > 0) {
    throw new BackupError(
      "invalid-backup",
      `${shownAs} fails PRAGMA integrity_check: ${problems.slice(0, 3).join("; ")}`,
    );
  }
  if (Number(migrations[0]?.[0] ?? 0) === 0) {
    throw new BackupError(
      "invalid-backup",
      `${shownAs} has no __drizzle_migrations table: it is not a Guild database.`,
    );
  }
}

/**
 * Every open connection, from any process, holds a shared lock on a WAL database, so exclusive
 * locking mode cannot be entered past it. Other failures (a corrupt old file) do not stop us
 * replacing it.
 */
async function refuseIfInUse(target: string) {
  const outcome = await inThrowawayConnection(target, {
    pragmas: ["PRAGMA locking_mode = EXCLUSIVE"],
    statements: ["select count(*) from sqlite_master"],
    mode: "write",
    busyTimeoutMs: 0,
  });
  if ("error" in outcome && outcome.error.code.startsWith("SQLITE_BUSY")) {
    throw new BackupError(
      "in-use",
      `${target} is open in another process: stop the app before restoring.`,
    );
  }
}

interface ThrowawayQuery {
  pragmas?: string[];
  statements: string[];
  mode?: "deferred" | "write";
  busyTimeoutMs?: number;
}
type ThrowawayOutcome = { rows: unknown[][][] } | { error: { code: string; message: string } };

/**
 * libsql-js keeps a closed connection's file open until its statements are garbage-collected
 * (tursodatabase/libsql-js#228). A half-closed connection to the replaced database would, once
 * collected, delete the restored one's WAL by name. A worker thread's connections are finalized
 * when it exits, so the checks run in one and the swap waits for it to end.
 */
async function inThrowawayConnection(
  file: string,
  query: ThrowawayQuery,
): Promise<ThrowawayOutcome> {
  const worker = new Worker(THROWAWAY_CONNECTION, {
    eval: true,
    workerData: {
      clientModule: createRequire(import.meta.url).resolve("@libsql/client"),
      file,
      ...query,
    },
  });
  const exited = once(worker, "exit");
  const [outcome] = (await once(worker, "message")) as [ThrowawayOutcome];
  await exited;
  return outcome;
}

// CommonJS source: a worker does not go through our TypeScript toolchain.
const THROWAWAY_CONNECTION = `
const { workerData, parentPort } = require("node:worker_threads");
const { createClient } = require(workerData.clientModule);
(async () => {
  const client = createClient({ url: "file:" + workerData.file, concurrency: 1, timeout: workerData.busyTimeoutMs ?? 5000 });
  try {
    for (const pragma of workerData.pragmas ?? []) await client.execute(pragma);
    const results = await client.batch(workerData.statements, workerData.mode ?? "deferred");
    return { rows: results.map((result) => result.rows.map((row) => Array.from(row))) };
  } finally {
    client.close();
  }
})().then(
  (outcome) => parentPort.postMessage(outcome),
  (error) => parentPort.postMessage({ error: { code: String(error.code ?? "UNKNOWN"), message: String(error.message ?? error) } }),
);
`;

async function removeSidecars(databaseFile: string) {
  for (const suffix of ["-wal", "-shm", "-journal"])
    await rm(databaseFile + suffix, { force: true });
}

/** Neither VACUUM INTO's output nor copyFile is fsynced; a backup must survive a power cut. */
async function flushToDisk(file: string) {
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
