import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { createdAt, id, timestamp, updatedAt } from "./columns";
import { users } from "./users";

export const webhookEndpointStatuses = ["active", "disabled"] as const;
export const webhookDeliveryStatuses = ["pending", "succeeded", "failed"] as const;

/**
 * URLs a person subscribed to events. The signing secret must be readable to sign with, so it
 * is sealed (AES-GCM under a key derived from AUTH_SECRET), never hashed; after a rotation the
 * previous secret keeps signing beside the new one until `previousSecretExpiresAt`.
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    eventKinds: text("event_kinds", { mode: "json" }).$type<string[]>().notNull(),
    secretSealed: text("secret_sealed").notNull(),
    /** `whsec_` and the first characters after it, shown to tell secrets apart. */
    secretPrefix: text("secret_prefix").notNull(),
    previousSecretSealed: text("previous_secret_sealed"),
    previousSecretExpiresAt: timestamp("previous_secret_expires_at"),
    status: text("status", { enum: webhookEndpointStatuses }).notNull().default("active"),
    /** Deliveries in a row that failed for good; any success sets it back to 0. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    disabledReason: text("disabled_reason"),
    disabledAt: timestamp("disabled_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("webhook_endpoints_user_idx").on(table.userId, table.createdAt),
    check("webhook_endpoints_status_check", sql`${table.status} in ('active', 'disabled')`),
  ],
);

/**
 * One event for one endpoint, written in the transaction of the change that caused it (so
 * exactly once per event and endpoint), with the payload as it was then. Its id is the
 * `Guild-Delivery` header receivers dedupe by; every attempt sends the same id and body.
 */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: id(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventKind: text("event_kind").notNull(),
    /** The cause's stable id (a notification's, a payment's): one delivery per endpoint. */
    eventId: text("event_id").notNull(),
    payload: text("payload").notNull(),
    status: text("status", { enum: webhookDeliveryStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastResponseCode: integer("last_response_code"),
    lastError: text("last_error"),
    lastAttemptAt: timestamp("last_attempt_at"),
    nextAttemptAt: timestamp("next_attempt_at"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at"),
  },
  (table) => [
    uniqueIndex("webhook_deliveries_event_idx").on(table.endpointId, table.eventId),
    index("webhook_deliveries_endpoint_idx").on(table.endpointId, table.createdAt),
    index("webhook_deliveries_created_idx").on(table.createdAt),
    check(
      "webhook_deliveries_status_check",
      sql`${table.status} in ('pending', 'succeeded', 'failed')`,
    ),
  ],
);
