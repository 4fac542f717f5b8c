import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { webhookEndpoints } from "~/server/db/schema/webhooks";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { sealWebhookSecret } from "~/server/webhooks/sealed-secret";
import { mintWebhookSecret, WEBHOOK_SECRET_PREFIX } from "~/server/webhooks/signature";
import type {
  CreateWebhookInput,
  SetWebhookEnabledInput,
  UpdateWebhookInput,
} from "~/shared/schemas/webhook";
import { checkEndpointUrl } from "./check-endpoint-url";

/** More than anyone needs; a script creating endpoints in a loop stops here. */
export const MAX_WEBHOOK_ENDPOINTS = 20;
/** How long a rotated-out secret keeps signing beside the new one. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

const missing = () => new NotFoundError("That webhook endpoint does not exist.");
const secretPrefixOf = (secret: string) => secret.slice(0, WEBHOOK_SECRET_PREFIX.length + 6);
const mine = (ctx: PersonContext, endpointId: string) =>
  and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.userId, ctx.actor.id));

/** Subscribes a URL to events and answers its signing secret, once: it is never shown again. */
export async function createWebhookEndpoint({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof CreateWebhookInput>;
}) {
  // Outside the transaction: resolving a name can take a while, and holds no lock.
  const url = await checkEndpointUrl(ctx, input.url);
  return withTransaction(ctx, async (tx) => {
    const count = await tx.db.$count(webhookEndpoints, eq(webhookEndpoints.userId, ctx.actor.id));
    if (count >= MAX_WEBHOOK_ENDPOINTS)
      throw new ConflictError(
        `You have ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints: delete one you no longer use first.`,
      );
    const secret = mintWebhookSecret();
    const now = nowOf(tx);
    const [created] = await tx.db
      .insert(webhookEndpoints)
      .values({
        userId: ctx.actor.id,
        url,
        eventKinds: input.eventKinds,
        secretSealed: sealWebhookSecret(secret),
        secretPrefix: secretPrefixOf(secret),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    await recordAuditEvent(tx, {
      action: "webhook.created",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { endpointId: created!.id, url, eventKinds: input.eventKinds },
    });
    return { ...created!, secret };
  });
}

/** Changes an endpoint's URL (checked again) and events. */
export async function updateWebhookEndpoint({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof UpdateWebhookInput>;
}) {
  const url = await checkEndpointUrl(ctx, input.url);
  return withTransaction(ctx, async (tx) => {
    const [updated] = await tx.db
      .update(webhookEndpoints)
      .set({ url, eventKinds: input.eventKinds, updatedAt: nowOf(tx) })
      .where(mine(ctx, input.endpointId))
      .returning({ id: webhookEndpoints.id });
    if (!updated) throw missing();
    await recordAuditEvent(tx, {
      action: "webhook.updated",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { endpointId: updated.id, url, eventKinds: input.eventKinds },
    });
    return updated;
  });
}

/**
 * A new signing secret, answered once. The old one keeps signing beside it for a day (two
 * `v1=` in each signature), so receivers switch over without missing an event.
 */
export async function rotateWebhookSecret({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { endpointId: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const [endpoint] = await tx.db
      .select({ secretSealed: webhookEndpoints.secretSealed })
      .from(webhookEndpoints)
      .where(mine(ctx, input.endpointId));
    if (!endpoint) throw missing();
    const secret = mintWebhookSecret();
    const now = nowOf(tx);
    const overlapUntil = new Date(now.getTime() + SECRET_OVERLAP_MS);
    await tx.db
      .update(webhookEndpoints)
      .set({
        secretSealed: sealWebhookSecret(secret),
        secretPrefix: secretPrefixOf(secret),
        previousSecretSealed: endpoint.secretSealed,
        previousSecretExpiresAt: overlapUntil,
        updatedAt: now,
      })
      .where(mine(ctx, input.endpointId));
    await recordAuditEvent(tx, {
      action: "webhook.secret_rotated",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { endpointId: input.endpointId, previousValidUntil: overlapUntil.toISOString() },
    });
    return { id: input.endpointId, secret, previousValidUntil: overlapUntil };
  });
}

/** Turns an endpoint off or back on; on again, its failure count starts over. */
export async function setWebhookEndpointEnabled({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SetWebhookEnabledInput>;
}) {
  const now = nowOf(ctx);
  const [updated] = await ctx.db
    .update(webhookEndpoints)
    .set(
      input.enabled
        ? { status: "active", consecutiveFailures: 0, disabledReason: null, disabledAt: null }
        : { status: "disabled", disabledReason: "Turned off by you.", disabledAt: now },
    )
    .where(mine(ctx, input.endpointId))
    .returning({ id: webhookEndpoints.id, status: webhookEndpoints.status });
  if (!updated) throw missing();
  return updated;
}

/** Deletes an endpoint and its deliveries; pending attempts find nothing and stop. */
export async function deleteWebhookEndpoint({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { endpointId: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const [deleted] = await tx.db
      .delete(webhookEndpoints)
      .where(mine(ctx, input.endpointId))
      .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
    if (!deleted) throw missing();
    await recordAuditEvent(tx, {
      action: "webhook.deleted",
      actorId: ctx.actor.id,
      targetUserId: ctx.actor.id,
      detail: { endpointId: deleted.id, url: deleted.url },
    });
    return { id: deleted.id };
  });
}
