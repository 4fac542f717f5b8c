import "server-only";

import { and, eq } from "drizzle-orm";

import { webhookDeliveries, webhookEndpoints } from "~/server/db/schema/webhooks";
import { nowOf } from "~/server/domain/clock";
import type { DomainContext } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { WEBHOOK_TEST_EVENT } from "~/shared/webhooks";

/** Engine retries of one attempt's job (a database error); receivers' failures are ours to retry. */
const JOB_ATTEMPTS = 3;

export interface WebhookEvent {
  /** Whose event it is: only their endpoints receive it, and `data` is what they may see. */
  userId: string;
  kind: string;
  /** Stable for the event (`notification:<id>`): one delivery per endpoint, however replayed. */
  eventId: string;
  data: Record<string, unknown>;
  /** Only this endpoint (the test event); otherwise every one subscribed to `kind`. */
  endpointId?: string;
}

/**
 * Fans an event out to its owner's active endpoints that subscribed to it, in the transaction
 * of the change that caused it: a delivery row per endpoint, with the body as it will be signed
 * and sent on every attempt, and its first attempt's job. Answers the deliveries' ids.
 */
export async function publishWebhookEvent(
  ctx: Pick<DomainContext, "db" | "request" | "now" | "commitHooks">,
  event: WebhookEvent,
): Promise<string[]> {
  const endpoints = await ctx.db
    .select({ id: webhookEndpoints.id, eventKinds: webhookEndpoints.eventKinds })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.userId, event.userId),
        eq(webhookEndpoints.status, "active"),
        event.endpointId ? eq(webhookEndpoints.id, event.endpointId) : undefined,
      ),
    );
  const now = nowOf(ctx);
  const ids: string[] = [];
  for (const endpoint of endpoints) {
    if (event.kind !== WEBHOOK_TEST_EVENT && !endpoint.eventKinds.includes(event.kind)) continue;
    const id = crypto.randomUUID();
    const payload = JSON.stringify({
      id: event.eventId,
      deliveryId: id,
      type: event.kind,
      createdAt: now.toISOString(),
      data: event.data,
    });
    const [created] = await ctx.db
      .insert(webhookDeliveries)
      .values({
        id,
        endpointId: endpoint.id,
        eventKind: event.kind,
        eventId: event.eventId,
        payload,
        nextAttemptAt: now,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: webhookDeliveries.id });
    if (!created) continue;
    await enqueueJob(
      ctx,
      "webhook.deliver",
      { deliveryId: id, attempt: 1 },
      { dedupeKey: `webhook.deliver:${id}:1`, maxAttempts: JOB_ATTEMPTS },
    );
    ids.push(id);
  }
  return ids;
}

export { JOB_ATTEMPTS as WEBHOOK_JOB_ATTEMPTS };
