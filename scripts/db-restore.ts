import { parseArgs } from "node:util";

import { env } from "~/env";
import { BackupError, restoreDatabase, TURSO_RESTORE_HINT } from "~/server/db/backup";

/**
 * `npm run db:restore -- <file>`: replaces the embedded database with a backup after checking
 * it. Stop the app first; it applies any newer migrations when it starts again.
 */
const { positionals } = parseArgs({ allowPositionals: true });
const backupFile = positionals[0];
if (!backupFile) {
  console.error("Usage: npm run db:restore -- <backup file>   (stop the app first)");
  process.exit(1);
}
if (env.DATABASE_SYNC_URL) {
  console.error(
    `${env.DATABASE_URL} is an embedded replica of ${env.DATABASE_SYNC_URL}. ${TURSO_RESTORE_HINT}`,
  );
  process.exit(1);
}

try {
  const { target, bytes } = await restoreDatabase(backupFile, env.DATABASE_URL);
  console.log(
    `Restored ${target} from ${backupFile} (${(bytes / 1024 / 1024).toFixed(1)} MB). Start the app.`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
