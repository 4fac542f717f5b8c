import { env } from "~/env";
import { openDatabase } from "~/server/db/client";
import { applyMigrations, migrationState } from "~/server/db/migrations";

const db = await openDatabase({
  url: env.DATABASE_URL,
  authToken: env.DATABASE_AUTH_TOKEN,
  syncUrl: env.DATABASE_SYNC_URL,
});
await applyMigrations(db, env.MIGRATIONS_DIR);
const state = await migrationState(db, env.MIGRATIONS_DIR);
console.log(`Migrations applied to ${env.DATABASE_URL} (${state.applied} in total).`);
db.$client.close();
