import "server-only";

import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { contractAs } from "./load-contract";
import type { AddMilestoneInput } from "~/shared/schemas/contract";
import { assertFitsThePlan } from "./milestone-plan";
import { ofKind, refusals } from "./contract-kind";
import { milestonePlanned, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/** The client plans a milestone; together they may not exceed the contract's amount. */
export async function addMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof AddMilestoneInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
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
    await notify(
      tx,
      milestonePlanned({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        milestone: milestone!,
      }),
    );
    return milestone!;
  });
}
