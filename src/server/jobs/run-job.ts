import "server-only";

import type { Database } from "~/server/db/client";
import type { JobName, JobRecord } from "~/server/domain/jobs/job-types";
import type { Logger } from "~/server/observability/logger";
import { metrics } from "~/server/observability/metrics";
import { contextFromTraceparent, SpanKind, withSpan } from "~/server/observability/tracing";
import type { JobHandler, JobHandlers } from "./handler";

export class UnknownJobError extends Error {
  constructor(name: string) {
    super(`no handler for job "${name}"`);
  }
}

export interface RunJobOptions {
  db: Database;
  handlers: JobHandlers;
  log: Logger;
  now?: () => Date;
  /** A failure now leaves the job dead (the engine knows best). */
  final?: boolean;
}

/**
 * Runs `job` with its handler, on either engine: one log line with the job's id and the id of
 * the request that enqueued it, and its metrics. Throws what the handler threw. With tracing
 * on, the run is a span `job <name>` in the trace of the request that enqueued it (a new trace
 * for a scheduled job), and its statements, calls and log lines are inside it.
 */
export function runJob(job: JobRecord, options: RunJobOptions): Promise<void> {
  return withSpan(
    `job ${job.name}`,
    {
      kind: SpanKind.CONSUMER,
      parent: contextFromTraceparent(job.traceParent),
      attributes: {
        "job.id": job.id,
        "job.name": job.name,
        "job.attempt": job.attempts,
        ...(job.requestId ? { "guild.request_id": job.requestId } : {}),
      },
    },
    () => runJobNow(job, options),
  );
}

async function runJobNow(
  job: JobRecord,
  { db, handlers, log, now, final = job.attempts >= job.maxAttempts }: RunJobOptions,
) {
  const jobLog = log.child({ jobId: job.id, job: job.name, requestId: job.requestId ?? undefined });
  const handler = handlers[job.name] as JobHandler<JobName> | undefined;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    if (!handler) throw new UnknownJobError(job.name);
    await handler(
      { db, actor: { kind: "system", job: job.name }, job, log: jobLog, now },
      job.payload,
    );
    metrics().jobDuration.observe({ name: job.name, outcome: "completed" }, seconds());
    metrics().jobsFinished.inc({ name: job.name, outcome: "completed" });
    jobLog.info({ attempt: job.attempts, durationMs: Math.round(seconds() * 1000) }, "job done");
  } catch (error) {
    const outcome = final ? "dead" : "failed";
    metrics().jobDuration.observe({ name: job.name, outcome }, seconds());
    metrics().jobsFinished.inc({ name: job.name, outcome });
    jobLog[final ? "error" : "warn"](
      { err: error, attempt: job.attempts, maxAttempts: job.maxAttempts },
      final ? "job dead" : "job failed; will retry",
    );
    throw error;
  }
}

export function errorText(error: unknown) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
