import { env } from "~/env";
import { getDb } from "~/server/db/client";
import { recordStripeEvent } from "~/server/domain/money/stripe-events";
import { logger } from "~/server/observability/logger";
import { stripeWebhookEvent } from "~/server/payments/get-provider";

export const dynamic = "force-dynamic";

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Stripe's webhook. The signature is checked over the raw body (never parsed JSON), the event id
 * is stored once (a replayed delivery is answered 200 and changes nothing), and a job applies
 * it by reading the object again from Stripe, so the order events arrive in does not matter.
 */
export async function POST(request: Request) {
  if (env.PAYMENTS_PROVIDER !== "stripe" || !env.STRIPE_WEBHOOK_SECRET)
    return answer(404, { error: "Stripe is not this server's payment provider." });
  const raw = await request.text();
  let event;
  try {
    event = stripeWebhookEvent(raw, request.headers.get("stripe-signature"));
  } catch (error) {
    logger.warn({ err: error }, "stripe webhook refused: bad signature");
    return answer(400, { error: "The signature does not match this body." });
  }
  const object = event.data.object as { id?: unknown };
  const db = await getDb();
  const stored = await recordStripeEvent(
    { db, actor: { kind: "system", job: "webhook.stripe" } },
    { id: event.id, type: event.type, objectRef: typeof object.id === "string" ? object.id : null },
  );
  return answer(200, { received: true, duplicate: !stored });
}
