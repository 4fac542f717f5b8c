import "server-only";

import { eq } from "drizzle-orm";

import { paymentMethods } from "~/server/db/schema/money";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError } from "~/server/domain/errors";
import type { SandboxCardInput } from "~/server/payments/provider";
import { cardLabel, sandboxCardOutcome } from "~/shared/money/sandbox-cards";
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
  const outcome = sandboxCardOutcome(input.card.number);
  if (outcome.kind === "decline") throw new ConflictError(outcome.message);
  const label = cardLabel(input.card.number);
  const digits = input.card.number.replace(/[\s-]/g, "");
  const saved = {
    provider: "sandbox",
    customerRef: null,
    methodRef: `sbpm_${outcome.kind}_${digits.slice(-4)}_${label.split(" ")[0]}`,
    label,
  };
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
