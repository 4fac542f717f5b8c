import "server-only";

import { sql } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import type { DomainContext } from "~/server/domain/context";

const HOUR = 60 * 60 * 1000;

/**
 * SQLite leaves a deleted row's bytes in free space inside its pages (and rows moved by page
 * splits long before leave copies there too), so an erased name could still be read from the
 * file. The erasure enqueues one rebuild at the top of the next hour, however many accounts
 * go within it: VACUUM rewrites the file from the live rows only.
 */
export async function scheduleCompaction(
  ctx: Pick<DomainContext, "db" | "request" | "now" | "commitHooks">,
  now: Date,
) {
  const nextHour = new Date(Math.floor(now.getTime() / HOUR) * HOUR + HOUR);
  await enqueueJob(
    ctx,
    "privacy.compact",
    {},
    {
      runAt: nextHour,
      dedupeKey: `privacy.compact:${nextHour.toISOString()}`,
    },
  );
}

/** The `privacy.compact` job: rebuild the file, then fold the log into it and truncate it. */
export async function compactDatabase(db: Database) {
  await db.run(sql`vacuum`);
  await db.run(sql`pragma wal_checkpoint(truncate)`);
}
