// `npm run worker`: works jobs outside the web server (BullMQ on REDIS_URL, or the embedded
// engine on a shared database). The standalone build carries it as `worker.mjs`.
import { env } from "~/env";
import { openDatabase } from "~/server/db/client";
import { migrationState } from "~/server/db/migrations";
import { startJobRunner } from "~/server/jobs/runner";
import { logger } from "~/server/observability/logger";
import { flushTracing, startTracing } from "~/server/observability/tracing-sdk";

const log = logger.child({ process: "worker" });
const tracing = await startTracing("guild-worker");
if (tracing) log.info(tracing, "tracing on");
const db = await openDatabase({
  url: env.DATABASE_URL,
  authToken: env.DATABASE_AUTH_TOKEN,
  syncUrl: env.DATABASE_SYNC_URL,
});

// The web server applies migrations; a worker waits until they are current.
for (;;) {
  const state = await migrationState(db, env.MIGRATIONS_DIR).catch((error: unknown) => {
    log.warn({ err: error }, "could not read the migration state");
    return null;
  });
  if (state?.current) break;
  log.info(
    state ? { applied: state.applied, missing: state.missing } : {},
    "waiting for the web server to apply migrations",
  );
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

const runner = startJobRunner({ db, log });
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal, timeoutMs: env.SHUTDOWN_TIMEOUT_MS }, "worker stopping");
    const deadline = setTimeout(() => process.exit(1), env.SHUTDOWN_TIMEOUT_MS);
    runner
      .stop(Math.max(0, env.SHUTDOWN_TIMEOUT_MS - 500))
      .then(async () => {
        await flushTracing().catch((error: unknown) =>
          log.warn({ err: error }, "sending the last spans failed"),
        );
        db.$client.close();
        clearTimeout(deadline);
        log.info("worker stopped");
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error({ err: error }, "worker stop failed");
        process.exit(1);
      });
  });
}
