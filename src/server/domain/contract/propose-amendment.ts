import "server-only";

import type { z } from "zod";

import { contractAmendments } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { ProposeAmendmentInput } from "~/shared/schemas/contract";
import { contractAs } from "./load-contract";
import { plannedTotal } from "./milestone-plan";
import { ofKind, refusals } from "./contract-kind";
import { amendmentProposed, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/**
 * The client asks to change the contract amount, so milestones can add up to more (or the
 * amount can come down). It takes effect only when the freelancer agrees.
 */
export async function proposeAmendment({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ProposeAmendmentInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const contract = ofKind(
      await contractAs(db, ctx, input.contractId, "client"),
      "fixed",
      refusals.amount,
    );
    if (input.amountMinor === contract.amountMinor)
      throw new ConflictError("That is already the contract amount.");
    if (input.amountMinor < (await plannedTotal(db, contract.id)))
      throw new ConflictError(
        "The new amount is less than the milestones already planned. Remove or lower milestones first.",
      );
    const [amendment] = await db
      .insert(contractAmendments)
      .values({
        contractId: contract.id,
        amountMinor: input.amountMinor,
        previousAmountMinor: contract.amountMinor,
        reason: input.reason,
      })
      .onConflictDoNothing()
      .returning();
    if (!amendment)
      throw new ConflictError(
        "A change to this contract is already waiting for the freelancer. Withdraw it first.",
      );
    await notify(
      tx,
      amendmentProposed({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        amendment,
      }),
    );
    return amendment;
  });
}
