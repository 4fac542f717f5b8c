import path from "node:path";
import { parseArgs } from "node:util";

import { env } from "~/env";
import {
  backupDatabase,
  BackupError,
  databaseFilePath,
  TURSO_RESTORE_HINT,
} from "~/server/db/backup";
import { openDatabase } from "~/server/db/client";

/**
 * `npm run db:backup [-- --dir <folder>]`: a consistent snapshot of the embedded database,
 * safe while the app serves. The default folder sits beside the database, so in Docker the
 * backups land on the data volume.
 */
const databaseFile = databaseFilePath(env.DATABASE_URL);
if (!databaseFile || env.DATABASE_SYNC_URL) {
  console.error(`${env.DATABASE_URL} is not the primary embedded database. ${TURSO_RESTORE_HINT}`);
  process.exit(1);
}
const { values } = parseArgs({
  options: { dir: { type: "string", default: path.join(path.dirname(databaseFile), "backups") } },
});

const db = await openDatabase({ url: env.DATABASE_URL });
try {
  const { file, bytes } = await backupDatabase(db, values.dir);
  console.log(`Backed up ${env.DATABASE_URL} to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
