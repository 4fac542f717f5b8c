import "server-only";

import { eq } from "drizzle-orm";

import { paymentCustomers } from "~/server/db/schema/money";
import type { DomainContext } from "~/server/domain/context";
import type { PaymentProvider } from "~/server/payments/provider";

/** The client's customer at the provider, made on their first payment and kept (null: none needed). */
export async function customerFor(
  ctx: DomainContext,
  provider: PaymentProvider,
  user: { id: string; email: string },
) {
  const [known] = await ctx.db
    .select()
    .from(paymentCustomers)
    .where(eq(paymentCustomers.userId, user.id));
  if (known?.provider === provider.name) return known.customerRef;
  const customerRef = await provider.createCustomer(user);
  if (!customerRef) return null;
  await ctx.db
    .insert(paymentCustomers)
    .values({ userId: user.id, provider: provider.name, customerRef })
    .onConflictDoUpdate({
      target: paymentCustomers.userId,
      set: { provider: provider.name, customerRef },
    });
  return customerRef;
}
