import "server-only";

import { mkdirSync } from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";

import * as schema from "./schema/index";
import { onShutdown } from "~/server/shutdown";
import { serializeWrites } from "./serialize-writes";
import { timeQueries } from "./time-queries";
import { traceQueries } from "./trace-queries";
import { yieldPerStatement } from "./yield-per-statement";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };
/** A database handle or an open transaction: domain actions accept either. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Transaction;

export interface DatabaseConfig {
  url: string;
  authToken?: string;
  syncUrl?: string;
  syncIntervalSeconds?: number;
}

/** How long a statement waits for a competing writer before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

function isFileUrl(url: string) {
  return url.startsWith("file:");
}

/**
 * Opens a database: an embedded file (the default), remote Turso, or an embedded
 * replica syncing from Turso when `syncUrl` is given. File databases get WAL (persistent
 * in the file) and a busy timeout; libSQL turns foreign keys on for every connection.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (isFileUrl(config.url)) {
    const filePath = config.url.slice("file:".length).split("?")[0] ?? "";
    if (filePath && filePath !== ":memory:") {
      mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ filePath)), {
        recursive: true,
      });
    }
  }

  const raw = createClient({
    url: config.url,
    authToken: config.authToken,
    ...(config.syncUrl
      ? {
          syncUrl: config.syncUrl,
          syncInterval: config.syncIntervalSeconds ?? 60,
        }
      : {}),
    timeout: BUSY_TIMEOUT_MS,
  });
  // Remote databases are network clients; only embedded files need writers queued in-process.
  // Spans wrap the rest, so a statement's span includes its wait for a turn and for the writer.
  const timed = timeQueries(raw);
  const client = traceQueries(
    isFileUrl(config.url)
      ? yieldPerStatement(
          serializeWrites(timed, {
            everything: Boolean(config.syncUrl) || config.url.includes(":memory:"),
          }),
        )
      : timed,
  );

  if (isFileUrl(config.url) && !config.syncUrl) {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA foreign_keys = ON");
  }
  if (config.syncUrl) {
    await client.sync();
  }

  return drizzle(client, { schema }) as Database;
}

let shared: Promise<Database> | undefined;

/**
 * The process-wide database, opened on first use so that importing this module
 * (in tests, in the build) never touches a file.
 */
export function getDb(): Promise<Database> {
  if (!shared) {
    shared = import("~/env").then(({ env }) =>
      openDatabase({
        url: env.DATABASE_URL,
        authToken: env.DATABASE_AUTH_TOKEN,
        syncUrl: env.DATABASE_SYNC_URL,
        syncIntervalSeconds: env.DATABASE_SYNC_INTERVAL_SECONDS,
      }),
    );
    // A failed open (server unreachable, bad path) must not be cached forever.
    shared.catch(() => {
      shared = undefined;
    });
  }
  return shared;
}

let primary: Promise<Database> | undefined;

/**
 * The database every instance writes to. Session checks read it, not an embedded replica:
 * a revocation written by one instance must stop the session on any instance's next
 * request, not after the replica's next sync. Without a replica it is `getDb()`.
 */
export function getPrimaryDb(): Promise<Database> {
  // Settled once, not per call: every request asks for it, and a dynamic import each time
  // cost more than the session read it serves.
  if (!primary) {
    primary = import("~/env").then(({ env }) =>
      env.DATABASE_SYNC_URL
        ? openDatabase({ url: env.DATABASE_SYNC_URL, authToken: env.DATABASE_AUTH_TOKEN })
        : getDb(),
    );
    primary.catch(() => {
      primary = undefined;
    });
  }
  return primary;
}

export async function closeDb() {
  const current = shared;
  const currentPrimary = primary;
  shared = undefined;
  primary = undefined;
  const primaryDb = currentPrimary && (await currentPrimary.catch(() => undefined));
  const sharedDb = current && (await current.catch(() => undefined));
  // Without a replica the primary is the shared database: close it once.
  if (primaryDb && primaryDb !== sharedDb) primaryDb.$client.close();
  sharedDb?.$client.close();
}

// Every bundle that opened a client closes it when the server shuts down.
onShutdown("database", closeDb);
