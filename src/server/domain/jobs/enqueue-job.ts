import "server-only";

import { jobs } from "~/server/db/schema/jobs";
import { afterCommit, type DomainContext } from "~/server/domain/context";
import { metrics } from "~/server/observability/metrics";
import { activeTraceparent } from "~/server/observability/tracing";
import type { JobName, JobPayloads } from "./job-types";

export interface EnqueueOptions {
  /** Not before this time (a delayed job). */
  runAt?: Date;
  /** Enqueueing the same key again, ever, gives no second job. */
  dedupeKey?: string;
  /** Tries before the job is dead; 5 unless said. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

// On globalThis: route handlers and instrumentation are bundled apart, each with its own copy
// of this module, and the engine started in one must hear jobs enqueued in another.
const KEY = Symbol.for("guild.jobs.enqueueListeners");
function listeners(): Set<(name: JobName) => void> {
  const store = globalThis as { [KEY]?: Set<(name: JobName) => void> };
  store[KEY] ??= new Set();
  return store[KEY];
}

/** Enqueue hooks (the engine wakes its workers); they run once the job's transaction commits. */
export function onEnqueue(listener: (name: JobName) => void) {
  listeners().add(listener);
  return () => void listeners().delete(listener);
}

/**
 * Writes a job in the caller's transaction (the outbox): a rolled-back change leaves no job,
 * a committed one always has it. Answers the job's id, or null when the key already has one.
 */
export async function enqueueJob<N extends JobName>(
  ctx: Pick<DomainContext, "db" | "request" | "now" | "commitHooks">,
  name: N,
  payload: JobPayloads[N],
  options: EnqueueOptions = {},
): Promise<string | null> {
  const now = ctx.now?.() ?? new Date();
  const id = crypto.randomUUID();
  const inserted = await ctx.db
    .insert(jobs)
    .values({
      id,
      name,
      payload,
      dedupeKey: options.dedupeKey ?? null,
      runAt: options.runAt ?? now,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      requestId: ctx.request?.requestId ?? null,
      traceParent: activeTraceparent(),
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  if (inserted.length === 0) return null;
  afterCommit(ctx, () => metrics().jobsEnqueued.inc({ name }));
  wakeWorkersAfterCommit(ctx, name);
  return id;
}

/** Tells this process's engine that `name` has work due once `ctx`'s transaction commits. */
export function wakeWorkersAfterCommit(
  ctx: Pick<DomainContext, "db" | "commitHooks">,
  name: JobName,
) {
  afterCommit(ctx, () => {
    for (const listener of listeners()) listener(name);
  });
}
