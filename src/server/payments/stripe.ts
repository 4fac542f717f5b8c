import "server-only";

import Stripe from "stripe";

import { clientSpan } from "~/server/observability/tracing";
import type {
  ChargeRequest,
  ChargeResult,
  ChargeStatus,
  PaymentProvider,
  PayoutAccountState,
  RefundResult,
} from "./provider";

export interface StripeProviderOptions {
  secretKey: string;
  /** Tests answer Stripe in process with `Stripe.createFetchHttpClient(fakeFetch)`. */
  httpClient?: Stripe.HttpClient;
  /** Every call that writes carries our idempotency key, so a retry never moves money twice. */
  maxNetworkRetries?: number;
  /** Milliseconds before a request is abandoned (and retried); Stripe's default is 80 s. */
  timeout?: number;
}

/**
 * Stripe as Guild's payment provider: clients pay the platform with PaymentIntents (cards only),
 * freelancers are Connect Express accounts, and released money reaches them as transfers tied to
 * the charge it came from (`source_transaction`) and the contract (`transfer_group`).
 */
export function createStripeProvider(
  options: StripeProviderOptions,
): PaymentProvider & { stripe: Stripe } {
  const stripe = new Stripe(options.secretKey, {
    httpClient: options.httpClient,
    maxNetworkRetries: options.maxNetworkRetries ?? 2,
    timeout: options.timeout,
    appInfo: { name: "Guild" },
  });

  return tracedCalls({
    name: "stripe",
    stripe,

    async createCustomer(user) {
      const customer = await stripe.customers.create(
        { email: user.email, metadata: { userId: user.id } },
        { idempotencyKey: `customer:${user.id}` },
      );
      return customer.id;
    },

    async createCharge(request) {
      try {
        const intent = await stripe.paymentIntents.create(chargeParams(request), {
          idempotencyKey: request.idempotencyKey,
        });
        return chargeResult(intent);
      } catch (error) {
        // A saved card declined off session: an answer about the card, not a failure of ours.
        if (error instanceof Stripe.errors.StripeCardError) {
          return {
            ref: error.payment_intent?.id ?? request.idempotencyKey,
            status: "failed",
            chargeRef: null,
            clientSecret: null,
            failureMessage: error.message,
            cardLabel: null,
          };
        }
        throw error;
      }
    },

    async retrieveCharge(ref) {
      return chargeResult(await stripe.paymentIntents.retrieve(ref, { expand: ["latest_charge"] }));
    },

    async refund(request) {
      const refund = await stripe.refunds.create(
        { payment_intent: request.chargeRef, amount: request.amountMinor },
        { idempotencyKey: request.idempotencyKey },
      );
      return { ref: refund.id, status: refundStatus(refund.status) };
    },

    async payout(request) {
      if (!request.accountRef) {
        return {
          ref: request.idempotencyKey,
          status: "failed",
          failureMessage: "Connect a payout account first.",
        };
      }
      const transfer = await stripe.transfers.create(
        {
          amount: request.amountMinor,
          currency: request.currency.toLowerCase(),
          destination: request.accountRef,
          source_transaction: request.sourceChargeRef ?? undefined,
          transfer_group: request.transferGroup ?? undefined,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      // The money is in the freelancer's Stripe balance; their own payout schedule takes it on.
      return { ref: transfer.id, status: "paid", failureMessage: null };
    },

    async createPayoutAccount(user) {
      const account = await stripe.accounts.create(
        {
          type: "express",
          email: user.email,
          capabilities: { transfers: { requested: true } },
          metadata: { userId: user.id },
        },
        { idempotencyKey: `account:${user.id}` },
      );
      return payoutAccountState(account);
    },

    async onboardingLink(accountRef, urls) {
      const link = await stripe.accountLinks.create({
        account: accountRef,
        return_url: urls.returnUrl,
        refresh_url: urls.refreshUrl,
        type: "account_onboarding",
      });
      return link.url;
    },

    async retrievePayoutAccount(accountRef) {
      return payoutAccountState(await stripe.accounts.retrieve(accountRef));
    },
  });
}

/**
 * Each call to Stripe in a client span, `stripe <operation>` (its retries inside it), so a
 * trace shows what the provider cost a request or a job; a thrown error marks it failed.
 */
function tracedCalls<P extends PaymentProvider & { stripe: Stripe }>(provider: P): P {
  const traced: Record<string, unknown> = { ...(provider as object) };
  for (const [operation, call] of Object.entries(provider)) {
    if (typeof call !== "function") continue;
    traced[operation] = (...args: unknown[]) =>
      clientSpan(
        `stripe ${operation}`,
        { "peer.service": "stripe", "server.address": "api.stripe.com" },
        () => (call as (...a: unknown[]) => Promise<unknown>)(...args),
      );
  }
  return traced as P;
}

/** A webhook whose signature does not prove it came from Stripe: answer 400, never act on it. */
export class StripeWebhookSignatureError extends Error {}

/**
 * The event Stripe sent, once its `Stripe-Signature` header proves it. `rawBody` is the request's
 * text exactly as received (`await req.text()`): JSON parsed and serialized again no longer matches.
 */
export function verifyStripeWebhook(
  stripe: Stripe,
  rawBody: string,
  signature: string | null,
  secret: string,
): Stripe.Event {
  if (!signature) throw new StripeWebhookSignatureError("The Stripe-Signature header is missing.");
  try {
    return stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      throw new StripeWebhookSignatureError(
        "The Stripe-Signature header does not match the body.",
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

function chargeParams(request: ChargeRequest): Stripe.PaymentIntentCreateParams {
  const params: Stripe.PaymentIntentCreateParams = {
    amount: request.amountMinor,
    currency: request.currency.toLowerCase(),
    description: request.description,
    transfer_group: request.transferGroup,
    metadata: request.metadata,
    // API 2026-09-30.endive (stripe 23) replaced `payment_method_types` with this parameter.
    allowed_payment_method_types: ["card"],
    expand: ["latest_charge"],
  };
  if (request.saved) {
    // The person is not there: confirm now, and let Stripe decline rather than ask for 3-D Secure.
    return {
      ...params,
      customer: request.saved.customerRef ?? undefined,
      payment_method: request.saved.methodRef,
      off_session: true,
      confirm: true,
    };
  }
  if (request.customerRef && request.saveCard !== false) {
    // The card element confirms it in the browser; Stripe attaches the card to the customer.
    return { ...params, customer: request.customerRef, setup_future_usage: "off_session" };
  }
  return params;
}

function chargeResult(intent: Stripe.PaymentIntent): ChargeResult {
  const status = chargeStatus(intent);
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const chargeId =
    typeof intent.latest_charge === "string" ? intent.latest_charge : (charge?.id ?? null);
  const label = cardLabel(charge);
  const methodRef =
    typeof intent.payment_method === "string" ? intent.payment_method : intent.payment_method?.id;
  const customerRef =
    typeof intent.customer === "string" ? intent.customer : (intent.customer?.id ?? null);
  return {
    ref: intent.id,
    status,
    // A failed attempt's charge moved no money: nothing may name it as a transfer's source.
    chargeRef: status === "failed" ? null : chargeId,
    clientSecret: intent.client_secret,
    failureMessage:
      status === "failed"
        ? (intent.last_payment_error?.message ?? "The payment was canceled.")
        : null,
    cardLabel: label,
    savedMethod:
      status === "succeeded" && intent.setup_future_usage === "off_session" && methodRef && label
        ? { customerRef, methodRef, label }
        : null,
  };
}

function chargeStatus(intent: Stripe.PaymentIntent): ChargeStatus {
  switch (intent.status) {
    case "succeeded":
      return "succeeded";
    case "requires_payment_method":
      // Fresh, it waits for the card element; after an attempt, that attempt failed.
      return intent.last_payment_error ? "failed" : "requires_action";
    case "requires_action":
    case "requires_confirmation":
      return "requires_action";
    case "processing":
    case "requires_capture":
      return "processing";
    default:
      return "failed";
  }
}

function refundStatus(status: string | null): RefundResult["status"] {
  switch (status) {
    case "succeeded":
      return "succeeded";
    case "failed":
    case "canceled":
      return "failed";
    default:
      return "pending";
  }
}

const brandNames: Record<string, string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "Amex",
  discover: "Discover",
  diners: "Diners Club",
  jcb: "JCB",
  unionpay: "UnionPay",
};

/** "Visa ending 4242", worded as the sandbox words it. */
function cardLabel(charge: Stripe.Charge | null): string | null {
  const card = charge?.payment_method_details?.card;
  if (!card?.last4) return null;
  return `${(card.brand && brandNames[card.brand]) ?? "Card"} ending ${card.last4}`;
}

function payoutAccountState(account: Stripe.Account): PayoutAccountState {
  return {
    accountRef: account.id,
    detailsSubmitted: account.details_submitted,
    payoutsEnabled: account.payouts_enabled,
    transfersEnabled: account.capabilities?.transfers === "active",
  };
}
