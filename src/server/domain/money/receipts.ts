import "server-only";

import { sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { invoiceCounters, invoices, type payments } from "~/server/db/schema/money";

import { PLATFORM_ISSUER } from "~/shared/money/statuses";

/**
 * Issues the receipt for a payment (or the credit note for a refund) in the caller's
 * transaction. The number comes from the issuer's counter in the same transaction: a rollback
 * hands it back, so numbers have no gaps. Issuing the same document twice issues it once.
 */
export async function issueReceipt(
  db: DbOrTx,
  args: {
    kind: "receipt" | "refund";
    payment: typeof payments.$inferSelect;
    refund?: { id: string; amountMinor: number };
    freelancerId: string;
    description: string;
  },
) {
  const refundId = args.refund?.id ?? null;
  const existing = await db.all<{ id: string }>(sql`
    select id from invoices where kind = ${args.kind} and payment_id = ${args.payment.id}
    and coalesce(refund_id, '') = ${refundId ?? ""}`);
  if (existing[0]) return existing[0].id;
  const [counter] = await db
    .insert(invoiceCounters)
    .values({ issuer: PLATFORM_ISSUER, lastNumber: 1 })
    .onConflictDoUpdate({
      target: invoiceCounters.issuer,
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + 1` },
    })
    .returning({ number: invoiceCounters.lastNumber });
  const [issued] = await db
    .insert(invoices)
    .values({
      issuer: PLATFORM_ISSUER,
      number: counter!.number,
      kind: args.kind,
      paymentId: args.payment.id,
      refundId,
      clientId: args.payment.clientId,
      freelancerId: args.freelancerId,
      contractId: args.payment.contractId,
      description: args.description,
      amountMinor: args.refund?.amountMinor ?? args.payment.amountMinor,
      currency: args.payment.currency,
    })
    .returning({ id: invoices.id });
  return issued!.id;
}

/** "GLD-000042": how a receipt's number reads. */
export function receiptNumber(number: number) {
  return `GLD-${String(number).padStart(6, "0")}`;
}
