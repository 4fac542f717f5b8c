import { sql } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import type { JobHandlers } from "~/server/jobs/handler";

/**
 * The engines' tests count effects: one row per handler run (not idempotent on purpose, so a
 * job run twice shows as two rows). `test.effect` fails its first `failTimes` runs (a `failed` row each) and sleeps
 * `sleepMs` on its first attempt only.
 */
export async function createEffectsTable(db: Database) {
  await db.run(
    sql`create table if not exists test_effects (id integer primary key, job_id text not null, key text, attempt integer not null, phase text not null)`,
  );
}

export function effectHandlers(): JobHandlers {
  return {
    async "test.effect"(ctx, payload) {
      const { key = null, failTimes = 0, sleepMs = 0 } = payload ?? {};
      if (sleepMs > 0 && ctx.job.attempts === 1) {
        await ctx.db.run(
          sql`insert into test_effects (job_id, key, attempt, phase) values (${ctx.job.id}, ${key}, ${ctx.job.attempts}, 'started')`,
        );
        await new Promise((resolve) => setTimeout(resolve, sleepMs));
      }
      // Failures are counted across retries of a dead job too (its attempts start again).
      const [failed] = await ctx.db.all<{ n: number }>(
        sql`select count(*) as n from test_effects where job_id = ${ctx.job.id} and phase = 'failed'`,
      );
      if ((failed?.n ?? 0) < failTimes) {
        await ctx.db.run(
          sql`insert into test_effects (job_id, key, attempt, phase) values (${ctx.job.id}, ${key}, ${ctx.job.attempts}, 'failed')`,
        );
        throw new Error(`planned failure ${(failed?.n ?? 0) + 1}`);
      }
      await ctx.db.run(
        sql`insert into test_effects (job_id, key, attempt, phase) values (${ctx.job.id}, ${key}, ${ctx.job.attempts}, 'done')`,
      );
    },
  };
}

export async function effects(db: Database, phase = "done") {
  return db.all<{ job_id: string; key: string | null; attempt: number }>(
    sql`select job_id, key, attempt from test_effects where phase = ${phase} order by id`,
  );
}
