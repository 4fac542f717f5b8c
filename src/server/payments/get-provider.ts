import "server-only";

import { env } from "~/env";
import type { Database } from "~/server/db/client";
import type { PaymentProvider } from "./provider";
import { createSandboxProvider } from "./sandbox";
import { createStripeProvider, verifyStripeWebhook } from "./stripe";

let stripe: ReturnType<typeof createStripeProvider> | undefined;

function stripeProvider() {
  stripe ??= createStripeProvider({ secretKey: env.STRIPE_SECRET_KEY! });
  return stripe;
}

/** The provider the environment chooses (`PAYMENTS_PROVIDER`); the sandbox keeps its records in `db`. */
export function paymentProviderFor(db: Database): PaymentProvider {
  if (env.PAYMENTS_PROVIDER === "stripe") return stripeProvider();
  return createSandboxProvider(db);
}

/** A Stripe webhook's event, if its signature matches the raw body under our endpoint's secret. */
export function stripeWebhookEvent(rawBody: string, signature: string | null) {
  return verifyStripeWebhook(
    stripeProvider().stripe,
    rawBody,
    signature,
    env.STRIPE_WEBHOOK_SECRET!,
  );
}
