import "server-only";

import type { Database } from "~/server/db/client";
import { logger, type Logger } from "~/server/observability/logger";
import { claimJob, runClaimedJob } from "./embedded-engine";
import type { JobHandlers } from "./handler";
import { jobHandlers } from "./handlers";

/**
 * Runs every job that is due now on the embedded engine, one at a time, until none is left
 * (a job may enqueue more). For scripts and tests that act without a running server.
 * Answers how many runs it made.
 */
export async function runDueJobs(
  db: Database,
  { handlers = jobHandlers, log = logger }: { handlers?: JobHandlers; log?: Logger } = {},
) {
  let runs = 0;
  for (;;) {
    const row = await claimJob(db, "drain", 60_000);
    if (!row) return runs;
    await runClaimedJob(row, { db, handlers, log, leaseMs: 60_000, backoffMs: 60_000 });
    runs++;
  }
}
