import "server-only";

import { and, eq, sql } from "drizzle-orm";

import { webhookDeliveries, webhookEndpoints } from "~/server/db/schema/webhooks";
import { nowOf } from "~/server/domain/clock";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { notify } from "~/server/domain/notification/notify";
import { openWebhookSecret } from "~/server/webhooks/sealed-secret";
import { sendWebhook, type WebhookResult } from "~/server/webhooks/send-webhook";
import { signatureHeader } from "~/server/webhooks/signature";
import { WEBHOOK_DISABLE_AFTER_FAILURES } from "~/shared/webhooks";
import { WEBHOOK_JOB_ATTEMPTS } from "./publish-event";
import { webhooksOf } from "./settings";

const MINUTE = 60_000;
/**
 * The wait after each failed attempt: seven attempts over about 18 hours, so a receiver that is
 * down for a deploy or a night still gets everything. Each wait has ±10 % jitter.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [1, 5, 30, 120, 300, 600].map((m) => m * MINUTE);
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

export function webhookRetryDelayMs(attempt: number, random: () => number = Math.random) {
  const base = WEBHOOK_RETRY_DELAYS_MS[Math.min(attempt, WEBHOOK_RETRY_DELAYS_MS.length) - 1]!;
  return Math.round(base * (0.9 + random() * 0.2));
}

/**
 * Makes attempt number `attempt` of one delivery and records it. A job that runs again (a worker
 * died) finds the attempt recorded and does nothing; one that died between sending and recording
 * sends again with the same `Guild-Delivery` id, which receivers dedupe by.
 */
export async function deliverWebhook(
  ctx: DomainContext,
  { deliveryId, attempt }: { deliveryId: string; attempt: number },
): Promise<"skipped" | "succeeded" | "retrying" | "failed"> {
  const [row] = await ctx.db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row || row.delivery.status !== "pending" || row.delivery.attempts !== attempt - 1)
    return "skipped";
  const { delivery, endpoint } = row;
  const now = nowOf(ctx);

  let result: WebhookResult;
  if (endpoint.status !== "active") {
    result = { status: null, error: "The endpoint is turned off." };
  } else {
    const secrets = [openWebhookSecret(endpoint.secretSealed)];
    if (endpoint.previousSecretSealed && (endpoint.previousSecretExpiresAt ?? now) > now)
      secrets.push(openWebhookSecret(endpoint.previousSecretSealed));
    const timestamp = Math.floor(now.getTime() / 1000);
    const settings = webhooksOf(ctx);
    result = await sendWebhook({
      url: endpoint.url,
      body: delivery.payload,
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Guild-Webhooks/1.0",
        "Guild-Event": delivery.eventKind,
        "Guild-Delivery": delivery.id,
        "Guild-Signature": signatureHeader(secrets, timestamp, delivery.payload),
      },
      allowLoopback: settings.allowLoopback,
      resolve: settings.resolve,
      timeoutMs: settings.timeoutMs,
    });
  }
  const succeeded = result.status !== null && result.status >= 200 && result.status < 300;
  const final = succeeded || attempt >= WEBHOOK_MAX_ATTEMPTS || endpoint.status !== "active";
  const nextAttemptAt = final ? null : new Date(now.getTime() + webhookRetryDelayMs(attempt));
  const error =
    result.status === null
      ? result.error
      : succeeded
        ? null
        : `The receiver answered ${result.status}${result.status >= 300 && result.status < 400 ? " (redirects are not followed)" : ""}.`;

  return withTransaction(ctx, async (tx) => {
    const [recorded] = await tx.db
      .update(webhookDeliveries)
      .set({
        attempts: attempt,
        status: succeeded ? "succeeded" : final ? "failed" : "pending",
        lastResponseCode: result.status,
        lastError: error,
        lastAttemptAt: now,
        nextAttemptAt,
        finishedAt: final ? now : null,
      })
      .where(
        and(
          eq(webhookDeliveries.id, deliveryId),
          eq(webhookDeliveries.status, "pending"),
          eq(webhookDeliveries.attempts, attempt - 1),
        ),
      )
      .returning({ id: webhookDeliveries.id });
    if (!recorded) return "skipped";
    if (succeeded) {
      await tx.db
        .update(webhookEndpoints)
        .set({ consecutiveFailures: 0 })
        .where(
          and(
            eq(webhookEndpoints.id, endpoint.id),
            sql`${webhookEndpoints.consecutiveFailures} > 0`,
          ),
        );
      return "succeeded";
    }
    if (!final) {
      await enqueueJob(
        tx,
        "webhook.deliver",
        { deliveryId, attempt: attempt + 1 },
        {
          dedupeKey: `webhook.deliver:${deliveryId}:${attempt + 1}`,
          runAt: nextAttemptAt!,
          maxAttempts: WEBHOOK_JOB_ATTEMPTS,
        },
      );
      return "retrying";
    }
    if (endpoint.status === "active") await countFailure(tx, endpoint.id);
    return "failed";
  });
}

/** One more delivery failed for good; at the limit the endpoint is turned off and its owner told. */
async function countFailure(ctx: DomainContext, endpointId: string) {
  const now = nowOf(ctx);
  const [counted] = await ctx.db
    .update(webhookEndpoints)
    .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.status, "active")))
    .returning();
  if (!counted || counted.consecutiveFailures < WEBHOOK_DISABLE_AFTER_FAILURES) return;
  const reason = `${counted.consecutiveFailures} deliveries in a row failed after every retry.`;
  await ctx.db
    .update(webhookEndpoints)
    .set({ status: "disabled", disabledReason: reason, disabledAt: now })
    .where(eq(webhookEndpoints.id, endpointId));
  await notify(ctx, {
    userId: counted.userId,
    kind: "webhook.disabled",
    eventKey: `webhook.disabled:${endpointId}:${now.getTime()}`,
    title: `Your webhook endpoint ${counted.url} was turned off: ${reason}`,
    href: "/account/developer/webhooks",
  });
}
