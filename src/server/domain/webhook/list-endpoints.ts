import "server-only";

import { desc, eq, inArray } from "drizzle-orm";

import { webhookDeliveries, webhookEndpoints } from "~/server/db/schema/webhooks";
import { nowOf } from "~/server/domain/clock";
import type { PersonContext } from "~/server/domain/context";

/** Deliveries each endpoint lists, newest first. */
export const LISTED_DELIVERIES = 20;

/** The actor's endpoints, newest first, each with its recent deliveries. Never a secret. */
export async function listMyWebhookEndpoints({ ctx }: { ctx: PersonContext }) {
  const now = nowOf(ctx);
  const endpoints = await ctx.db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      eventKinds: webhookEndpoints.eventKinds,
      secretPrefix: webhookEndpoints.secretPrefix,
      previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
      status: webhookEndpoints.status,
      consecutiveFailures: webhookEndpoints.consecutiveFailures,
      disabledReason: webhookEndpoints.disabledReason,
      disabledAt: webhookEndpoints.disabledAt,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.userId, ctx.actor.id))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
  if (endpoints.length === 0) return [];
  const deliveries = await ctx.db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      eventKind: webhookDeliveries.eventKind,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastResponseCode: webhookDeliveries.lastResponseCode,
      lastError: webhookDeliveries.lastError,
      lastAttemptAt: webhookDeliveries.lastAttemptAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(
      inArray(
        webhookDeliveries.endpointId,
        endpoints.map((endpoint) => endpoint.id),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(LISTED_DELIVERIES * endpoints.length);
  return endpoints.map((endpoint) => ({
    ...endpoint,
    // Shown only while the old secret still signs.
    previousSecretExpiresAt:
      endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now
        ? endpoint.previousSecretExpiresAt
        : null,
    deliveries: deliveries
      .filter((delivery) => delivery.endpointId === endpoint.id)
      .slice(0, LISTED_DELIVERIES),
  }));
}

/** Deliveries are their owner's recent history: the daily housekeeping removes older ones. */
export const WEBHOOK_DELIVERY_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
