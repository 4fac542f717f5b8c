/**
 * The ledger's account kinds:
 *  - a person's `available` (earned, may be withdrawn), `pending` (a payout on its way) and
 *    `paid_out` (what reached their bank: money that left Guild);
 *  - a contract's `escrow` (funded milestones and billed weeks not yet released);
 *  - the platform's `platform_fees` (revenue) and `provider_clearing` (the world outside: cards
 *    charged and refunded, payouts sent; it runs negative by what Guild holds).
 */
export const ledgerAccountKinds = [
  "available",
  "pending",
  "paid_out",
  "escrow",
  "platform_fees",
  "provider_clearing",
] as const;
export type LedgerAccountKind = (typeof ledgerAccountKinds)[number];

export const ledgerTransactionKinds = [
  "charge",
  "release",
  "refund",
  "payout",
  "payout_paid",
  "payout_returned",
  "reversal",
  "settlement",
] as const;
export type LedgerTransactionKind = (typeof ledgerTransactionKinds)[number];

/** What a client pays for: funding a milestone (or the rise of a funded one), or an hourly week. */
export const paymentPurposes = ["milestone", "week"] as const;
export type PaymentPurpose = (typeof paymentPurposes)[number];

export const paymentStatuses = ["pending", "requires_action", "succeeded", "failed"] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export const payoutStatuses = ["pending", "paid", "failed"] as const;
export type PayoutStatus = (typeof payoutStatuses)[number];

/** Receipts are issued by the platform; one gapless numbering per issuer. */
export const PLATFORM_ISSUER = "guild";

/** A milestone's money as both parties see it. */
export const milestoneMoneyStates = [
  "unfunded",
  "underfunded",
  "funded",
  "released",
  "refunded",
] as const;
export type MilestoneMoneyState = (typeof milestoneMoneyStates)[number];
