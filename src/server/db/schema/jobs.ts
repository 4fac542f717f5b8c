import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, timestamp } from "./columns";

export const jobStatuses = ["waiting", "running", "done", "dead", "relayed"] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * Background work, written in the same transaction as the change that causes it (a
 * transactional outbox). The embedded engine works these rows itself; with BullMQ a relay
 * hands each committed row to Redis and marks it `relayed`, and workers report the end
 * (`done` or `dead`) back here, so this table is the one record of every job on both engines.
 */
export const jobs = sqliteTable(
  "jobs",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    payload: text("payload", { mode: "json" }).notNull().$type<unknown>(),
    /** Enqueueing the same key twice gives one job (cron ticks, one email per notification). */
    dedupeKey: text("dedupe_key"),
    status: text("status", { enum: jobStatuses }).notNull().default("waiting"),
    /** Not before this time. */
    runAt: timestamp("run_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    /** A claimed job whose lease has passed is claimed again: its worker died. */
    leaseUntil: timestamp("lease_until"),
    claimedBy: text("claimed_by"),
    lastError: text("last_error"),
    /** The request that enqueued it, for the logs. */
    requestId: text("request_id"),
    /** The W3C traceparent of the span that enqueued it (tracing on): its run continues that trace. */
    traceParent: text("trace_parent"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at"),
  },
  (table) => [
    uniqueIndex("jobs_dedupe_key_unique").on(table.dedupeKey),
    index("jobs_ready_idx").on(table.status, table.runAt),
    index("jobs_finished_idx").on(table.finishedAt),
    check(
      "jobs_status_check",
      sql`${table.status} in ('waiting', 'running', 'done', 'dead', 'relayed')`,
    ),
  ],
);
