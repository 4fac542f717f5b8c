import "server-only";

import { and, eq } from "drizzle-orm";

import { webhookEndpoints } from "~/server/db/schema/webhooks";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { WEBHOOK_TEST_EVENT } from "~/shared/webhooks";
import { publishWebhookEvent } from "./publish-event";

/** Queues a `webhook.test` event to one of the actor's endpoints, signed like any other. */
export async function sendWebhookTestEvent({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { endpointId: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const [endpoint] = await tx.db
      .select({ status: webhookEndpoints.status })
      .from(webhookEndpoints)
      .where(
        and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.userId, ctx.actor.id)),
      );
    if (!endpoint) throw new NotFoundError("That webhook endpoint does not exist.");
    if (endpoint.status !== "active")
      throw new ConflictError("Turn the endpoint on before sending it a test event.");
    const eventId = `test:${crypto.randomUUID()}`;
    const [deliveryId] = await publishWebhookEvent(tx, {
      userId: ctx.actor.id,
      endpointId: input.endpointId,
      kind: WEBHOOK_TEST_EVENT,
      eventId,
      data: { message: "A test event from Guild: your endpoint receives and verifies events." },
    });
    return { deliveryId: deliveryId! };
  });
}
