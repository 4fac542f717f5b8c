import "server-only";

import { jobs } from "~/server/db/schema/jobs";
import type { DomainContext } from "~/server/domain/context";
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

/** Enqueue hooks (the engine nudges its workers); they run after the row is written. */
const listeners = new Set<(name: JobName) => void>();
export function onEnqueue(listener: (name: JobName) => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Writes a job in the caller's transaction (the outbox): a rolled-back change leaves no job,
 * a committed one always has it. Answers the job's id, or null when the key already has one.
 */
export async function enqueueJob<N extends JobName>(
  ctx: Pick<DomainContext, "db" | "request" | "now">,
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
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  if (inserted.length === 0) return null;
  for (const listener of listeners) listener(name);
  return id;
}
