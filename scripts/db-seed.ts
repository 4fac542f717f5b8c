import { parseArgs } from "node:util";

import { env } from "~/env";
import { openDatabase } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { DEFAULT_PROJECT_COUNT, seedDemoData } from "~/server/demo-data/seed-demo-data";

const { values } = parseArgs({
  options: { projects: { type: "string", default: String(DEFAULT_PROJECT_COUNT) } },
});
const projectCount = Number(values.projects);
if (!Number.isInteger(projectCount) || projectCount < 0) {
  console.error(`--projects must be a whole number, got "${values.projects}"`);
  process.exit(1);
}

const db = await openDatabase({
  url: env.DATABASE_URL,
  authToken: env.DATABASE_AUTH_TOKEN,
  syncUrl: env.DATABASE_SYNC_URL,
});
await applyMigrations(db, env.MIGRATIONS_DIR);
const started = performance.now();
const result = await seedDemoData(db, { projects: projectCount });
console.log(
  `Seeded ${env.DATABASE_URL} in ${Math.round(performance.now() - started)} ms (existing rows kept): ` +
    `${result.skills} skills, ${result.users} users (${result.freelancers} freelancers, ` +
    `${result.clients} clients), ${result.projects} projects, ${result.proposals} proposals, ` +
    `${result.contracts} contracts, ${result.milestones} milestones, ${result.reviews} reviews.`,
);
db.$client.close();
