import "server-only";

import { and, eq } from "drizzle-orm";

import { contracts } from "~/server/db/schema/contracts";
import { invoices, payments } from "~/server/db/schema/money";
import { projects } from "~/server/db/schema/projects";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import { PLATFORM_ISSUER } from "~/shared/money/statuses";
import { receiptNumber } from "./receipts";

/**
 * A receipt (or refund note) of the actor's own payment: to anyone else it does not exist.
 */
export async function getReceipt({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  const [row] = await ctx.db
    .select({
      invoice: invoices,
      payment: payments,
      projectTitle: projects.title,
      clientName: users.name,
      clientEmail: users.email,
    })
    .from(invoices)
    .innerJoin(payments, eq(payments.id, invoices.paymentId))
    .innerJoin(contracts, eq(contracts.id, invoices.contractId))
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .innerJoin(users, eq(users.id, invoices.clientId))
    .where(and(eq(invoices.id, input.id), eq(invoices.clientId, ctx.actor.id)));
  if (!row) throw new NotFoundError("We couldn't find that receipt among yours.");
  const [freelancer] = await ctx.db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, row.invoice.freelancerId));
  return {
    id: row.invoice.id,
    number: receiptNumber(row.invoice.number),
    kind: row.invoice.kind,
    issuer: { id: PLATFORM_ISSUER, name: "Guild Marketplace" },
    issuedAt: row.invoice.issuedAt,
    billedTo: { name: row.clientName, email: row.clientEmail },
    freelancerName: freelancer?.name ?? "",
    projectTitle: row.projectTitle,
    contractId: row.invoice.contractId,
    description: row.invoice.description,
    amountMinor: row.invoice.amountMinor,
    currency: row.invoice.currency,
    cardLabel: row.payment.cardLabel,
    provider: row.payment.provider,
  };
}
