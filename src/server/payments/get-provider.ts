import "server-only";

import { env } from "~/env";
import type { Database } from "~/server/db/client";
import type { PaymentProvider } from "./provider";
import { createSandboxProvider } from "./sandbox";
import { createStripeProvider } from "./stripe";

let stripe: PaymentProvider | undefined;

/** The provider the environment chooses (`PAYMENTS_PROVIDER`); the sandbox keeps its records in `db`. */
export function paymentProviderFor(db: Database): PaymentProvider {
  if (env.PAYMENTS_PROVIDER === "stripe") {
    stripe ??= createStripeProvider({ secretKey: env.STRIPE_SECRET_KEY! });
    return stripe;
  }
  return createSandboxProvider(db);
}
