import "server-only";

import type { payments } from "~/server/db/schema/money";
import type { ChargeRequest, SandboxCardInput } from "~/server/payments/provider";

/**
 * The provider request for a payment, built from its row alone: the first call and any call
 * asked again later (the reconcile job) send exactly the same parameters under the same key.
 * Only the sandbox's typed test card is not kept; the sandbox answers a repeated key from
 * its own records.
 */
export function chargeRequestFor(
  payment: typeof payments.$inferSelect,
  card?: SandboxCardInput,
): ChargeRequest {
  const metadata: Record<string, string> = {
    paymentId: payment.id,
    contractId: payment.contractId,
  };
  if (payment.weekId) metadata.weekId = payment.weekId;
  return {
    idempotencyKey: payment.idempotencyKey,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    description: `Guild: ${payment.description}`,
    transferGroup: `contract_${payment.contractId}`,
    metadata,
    card,
    saved: payment.methodRef
      ? { customerRef: payment.customerRef, methodRef: payment.methodRef }
      : undefined,
    customerRef: payment.methodRef ? null : payment.customerRef,
    saveCard: payment.saveCard,
  };
}
