import "server-only";

import type { Database } from "~/server/db/client";
import type { SystemActor } from "~/server/domain/actor";
import type { DomainContext } from "~/server/domain/context";
import type { JobName, JobPayloads, JobRecord } from "~/server/domain/jobs/job-types";
import type { Logger } from "~/server/observability/logger";

/** What a handler receives: the database, the system acting for this job, and its log. */
export interface JobContext extends DomainContext {
  db: Database;
  actor: SystemActor;
  job: JobRecord;
  log: Logger;
}

/**
 * Runs one job. Delivery is at least once (a worker may die after the effect and before the
 * job is marked done), so every handler must be idempotent: keyed writes, "if not yet" checks.
 */
export type JobHandler<N extends JobName> = (
  ctx: JobContext,
  payload: JobPayloads[N],
) => Promise<void>;

export type JobHandlers = { [N in JobName]?: JobHandler<N> };
