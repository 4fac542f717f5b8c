import "server-only";

import { env } from "~/env";
import { stampClientAddresses } from "~/server/observability/client-address";
import { guardTheFrontDoor } from "~/server/edge/front-door";
import { getDb } from "~/server/db/client";
import { applyMigrations } from "~/server/db/migrations";
import { logger } from "~/server/observability/logger";
import { logEveryRequest } from "~/server/observability/request-log";
import { flushTracing, startTracing } from "~/server/observability/tracing-sdk";
import { handleShutdownSignals, onDrain, onShutdown } from "~/server/shutdown";

const MIGRATION_RETRY_MS = 5_000;

function shouldSeedDemoData() {
  return env.SEED_DEMO_DATA ?? (env.NODE_ENV === "development" || env.GUILD_DEMO_MODE);
}

async function migrateAndSeed() {
  const db = await getDb();
  await applyMigrations(db, env.MIGRATIONS_DIR);
  logger.info({ migrationsDir: env.MIGRATIONS_DIR }, "migrations applied");
  if (shouldSeedDemoData()) {
    const { seedDemoDataIfEmpty } = await import("~/server/demo-data/seed-demo-data");
    const seeded = await seedDemoDataIfEmpty(db);
    if (seeded) logger.info(seeded, "demo data seeded into an empty database");
  }
  await startJobs();
}

/**
 * Jobs: the embedded engine always works in the server; on BullMQ the server relays its
 * outbox, and works jobs too unless JOBS_INLINE=false (then `npm run worker` processes do).
 */
async function startJobs() {
  const { startJobRunner, configuredEngine } = await import("~/server/jobs/runner");
  const engine = configuredEngine();
  const runner = startJobRunner({
    db: await getDb(),
    log: logger,
    engine,
    work: engine === "embedded" || env.JOBS_INLINE,
  });
  onDrain("jobs", (timeoutMs) => runner.stop(timeoutMs));
}

/**
 * Builds zxcvbn's judge (importing and unpacking its dictionaries: 1-3 s of CPU and tens of MB)
 * once the server is up, so the first sign-up or password change does not wait for it. A
 * failure here only costs that wait later, so it is logged and never crashes the process.
 */
function warmPasswordJudge() {
  setTimeout(() => {
    import("~/shared/password-strength")
      .then(({ judgePassword }) => judgePassword("warming up the judge"))
      .catch((error: unknown) =>
        logger.warn({ err: error }, "password judge warm-up failed; the first use will build it"),
      );
  }, 0).unref();
}

/** With REDIS_URL, live events reach tabs on every instance through Redis pub/sub. */
async function startEventBus() {
  if (!env.REDIS_URL) return;
  const { createRedisBus } = await import("~/server/events/redis-bus");
  const { setEventBus } = await import("~/server/events/bus");
  const bus = createRedisBus(env.REDIS_URL, logger);
  setEventBus(bus);
  onShutdown("event bus", () => bus.close());
}

/**
 * Start-up work for a server process. A database that is down must not kill the
 * process: liveness stays green, readiness reports why, and migrations are retried.
 */
export async function startServer() {
  // First, so that everything after it (and every request) is traced when tracing is on.
  const tracing = await startTracing("guild");
  if (tracing) {
    logger.info(tracing, "tracing on");
    onShutdown("tracing", flushTracing);
  }
  guardTheFrontDoor();
  stampClientAddresses(env.TRUSTED_PROXY_HOPS);
  logEveryRequest(logger);
  // `next dev` keeps Next's own handler (it also closes the hot-reload sockets).
  if (env.NODE_ENV === "production")
    handleShutdownSignals(logger, { timeoutMs: env.SHUTDOWN_TIMEOUT_MS });
  if (env.GUILD_DEMO_MODE && env.NODE_ENV === "production") {
    logger.warn(
      "GUILD_DEMO_MODE is on: demo data and demo passwords. Never use it for real users.",
    );
  }
  await startEventBus();
  const attempt = async (): Promise<void> => {
    try {
      await migrateAndSeed();
    } catch (error) {
      logger.error(
        { err: error, retryInMs: MIGRATION_RETRY_MS },
        "database start-up failed; will retry",
      );
      setTimeout(() => void attempt(), MIGRATION_RETRY_MS).unref();
    }
  };
  await attempt();
  warmPasswordJudge();
}
