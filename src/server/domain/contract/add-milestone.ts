import "server-only";

import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { contractAs } from "./load-contract";
import type { AddMilestoneInput } from "~/shared/schemas/contract";
import { assertFitsThePlan } from "./milestone-plan";
import { ofKind, refusals } from "./contract-kind";

/** The client plans a milestone; together they may not exceed the contract's amount. */
export async function addMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof AddMilestoneInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const contract = ofKind(
      await contractAs(db, ctx, input.contractId, "client"),
      "fixed",
      refusals.milestones,
    );
    await assertFitsThePlan(db, contract, input.amountMinor);
    const [milestone] = await db
      .insert(milestones)
      .values({
        contractId: contract.id,
        title: input.title,
        amountMinor: input.amountMinor,
        dueDate: input.dueDate,
      })
      .returning();
    return milestone!;
  });
}
