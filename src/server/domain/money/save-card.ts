import "server-only";

import { eq } from "drizzle-orm";

import { paymentMethods } from "~/server/db/schema/money";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError } from "~/server/domain/errors";
import type { SandboxCardInput } from "~/server/payments/provider";
import { sandboxCardOutcome, sandboxSavedMethod } from "~/shared/money/sandbox-cards";
import { moneyOf } from "./settings";

/**
 * A client saves a card for charges made without them (hourly weeks). The sandbox keeps a
 * token that remembers how the test card behaves; never the number.
 */
export async function saveCard({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { card: SandboxCardInput };
}) {
  if (ctx.actor.role !== "client") throw new ForbiddenError("Only clients pay with a card.");
  if (moneyOf(ctx).provider.name !== "sandbox")
    throw new ConflictError("Add your card through the card form on the billing page.");
  const kept = sandboxSavedMethod(input.card.number);
  if (!kept) {
    const outcome = sandboxCardOutcome(input.card.number);
    throw new ConflictError(
      outcome.kind === "decline" ? outcome.message : "Your card was declined.",
    );
  }
  const { label } = kept;
  const saved = { provider: "sandbox", customerRef: null, ...kept };
  await ctx.db
    .insert(paymentMethods)
    .values({ userId: ctx.actor.id, ...saved })
    .onConflictDoUpdate({
      target: paymentMethods.userId,
      set: { ...saved, updatedAt: new Date() },
    });
  return { label };
}

export async function removeCard({ ctx }: { ctx: PersonContext }) {
  await ctx.db.delete(paymentMethods).where(eq(paymentMethods.userId, ctx.actor.id));
  return { removed: true };
}
