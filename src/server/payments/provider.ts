/**
 * What Guild asks of a payment provider. Two implement it: the built-in sandbox (test cards,
 * no network, the default) and Stripe. Every call that moves money carries an idempotency key
 * derived from our own row's id, so a retried call (after a timeout, or by the reconcile job)
 * is the same call at the provider and never moves money twice.
 */

export type ProviderName = "sandbox" | "stripe";

/** A card typed into the sandbox's test form. Stripe's card never reaches our server. */
export interface SandboxCardInput {
  number: string;
  expiry: string;
  cvc: string;
}

export interface ChargeRequest {
  idempotencyKey: string;
  amountMinor: number;
  currency: string;
  description: string;
  /** Groups a contract's charges and transfers (Stripe's transfer_group). */
  transferGroup: string;
  /** Our ids, stored with the charge at the provider (Stripe metadata). */
  metadata: Record<string, string>;
  /** Sandbox only: the test card typed in the form. */
  card?: SandboxCardInput;
  /** Charge a saved method without the person present (an hourly week). */
  saved?: { customerRef: string | null; methodRef: string };
  /** Stripe: the saved customer to attach a card typed in the browser to. */
  customerRef?: string | null;
  /** Keep the card for later charges without the person (answered in `savedMethod`). */
  saveCard?: boolean;
}

export type ChargeStatus = "succeeded" | "requires_action" | "processing" | "failed";

export interface ChargeResult {
  /** The provider's id for the attempt (a PaymentIntent id). */
  ref: string;
  status: ChargeStatus;
  /** The charge a later transfer may name as its source. */
  chargeRef?: string | null;
  /** Stripe: handed to the card element in the browser to confirm or authenticate. */
  clientSecret?: string | null;
  failureMessage?: string | null;
  /** "Visa ending 4242" once known. */
  cardLabel?: string | null;
  /** The saved method, when the request asked to save the card (sandbox). */
  savedMethod?: { customerRef: string | null; methodRef: string; label: string } | null;
}

export interface RefundRequest {
  idempotencyKey: string;
  /** The charge attempt being refunded (`ChargeResult.ref`). */
  chargeRef: string;
  amountMinor: number;
  currency: string;
}

export interface RefundResult {
  ref: string;
  status: "succeeded" | "pending" | "failed";
}

export interface PayoutRequest {
  idempotencyKey: string;
  /** The freelancer's account at the provider (sandbox: none needed). */
  accountRef: string | null;
  amountMinor: number;
  currency: string;
  /** Stripe: the charge the released money came from, and the contract's group. */
  sourceChargeRef?: string | null;
  transferGroup?: string | null;
}

export interface PayoutResult {
  ref: string;
  status: "paid" | "pending" | "failed";
  failureMessage?: string | null;
}

export interface PayoutAccountState {
  accountRef: string;
  detailsSubmitted: boolean;
  payoutsEnabled: boolean;
  transfersEnabled: boolean;
}

export interface PaymentProvider {
  readonly name: ProviderName;
  /**
   * The client as a customer at the provider, so a card they confirm is kept for later charges
   * (Stripe: a Customer). Null when the provider needs none (the sandbox).
   */
  createCustomer(user: { id: string; email: string }): Promise<string | null>;
  /** Starts (and, where possible, completes) a charge. */
  createCharge(request: ChargeRequest): Promise<ChargeResult>;
  /**
   * The sandbox's stand-in for a bank's authentication page: the person confirmed (or failed)
   * a charge waiting for them. Real providers authenticate in their own page and have none.
   */
  authenticate?(ref: string, approve: boolean): Promise<ChargeResult>;
  /** Reads a charge again: after the person authenticated, or to reconcile. */
  retrieveCharge(ref: string): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
  payout(request: PayoutRequest): Promise<PayoutResult>;
  /** Opens the freelancer's payout account (Stripe: a Connect Express account). */
  createPayoutAccount(user: { id: string; email: string }): Promise<PayoutAccountState>;
  /** Where the freelancer finishes onboarding (Stripe: an account link), or null when none is needed. */
  onboardingLink(
    accountRef: string,
    urls: { returnUrl: string; refreshUrl: string },
  ): Promise<string | null>;
  retrievePayoutAccount(accountRef: string): Promise<PayoutAccountState>;
}
