import type {
  LedgerAccountKind,
  LedgerTransactionKind,
  PaymentStatus,
} from "~/shared/money/statuses";

/** The accounts a person's history shows, as they read them. */
export const personAccountKinds = ["available", "pending", "paid_out"] as const;
export type PersonAccountKind = (typeof personAccountKinds)[number];

export const ledgerAccountLabel: Record<LedgerAccountKind, string> = {
  available: "Available",
  pending: "Pending",
  paid_out: "Paid out",
  escrow: "Escrow",
  platform_fees: "Platform fees",
  provider_clearing: "Card and bank",
};

export const ledgerKindLabel: Record<LedgerTransactionKind, string> = {
  charge: "Card payment",
  release: "Release",
  refund: "Refund",
  payout: "Withdrawal",
  payout_paid: "Withdrawal paid out",
  payout_returned: "Withdrawal returned",
  reversal: "Reversal",
  settlement: "Dispute settled",
};

export const paymentStatusLabel: Record<PaymentStatus, string> = {
  pending: "Processing",
  requires_action: "Needs authentication",
  succeeded: "Paid",
  failed: "Failed",
};

/** A refund's state (the provider's words differ; unknown ones read as processing). */
export function refundStatusLabel(status: string): string {
  if (status === "succeeded") return "Refunded";
  if (status === "failed") return "Failed";
  return "Processing";
}
