import "server-only";

import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { calendarDay, DUE_DATE_IN_PAST, earliestDueDay } from "~/shared/format/dates";
import type { EditMilestoneInput } from "~/shared/schemas/contract";
import { milestoneEdited, projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { milestoneAs } from "./milestone-access";
import { heldFor } from "~/server/domain/money/escrow";
import { refundEscrow } from "~/server/domain/money/refund-escrow";
import { assertFitsThePlan } from "./milestone-plan";

export const NOT_PENDING = "Only a milestone the freelancer has not handed in yet can be changed.";

const day = (date: Date | null) => (date ? calendarDay(date) : null);

/**
 * The client rewrites a milestone the freelancer has not handed in yet: its title, amount
 * (the plan still may not exceed the contract amount) and due date. A due date moved into the
 * past is refused; one left as it was may have passed while the milestone waited.
 */
export async function editMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof EditMilestoneInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { milestone, contract } = await milestoneAs(db, ctx, input.id, "client");
    if (milestone.status !== "pending" && milestone.status !== "funded")
      throw new ConflictError(NOT_PENDING);
    const dueMoved = day(milestone.dueDate) !== day(input.dueDate);
    if (dueMoved && input.dueDate && input.dueDate < earliestDueDay(new Date()))
      throw new InvalidError(DUE_DATE_IN_PAST, { dueDate: [DUE_DATE_IN_PAST] });
    await assertFitsThePlan(db, contract, input.amountMinor, milestone.id);
    const [updated] = await db
      .update(milestones)
      .set({
        title: input.title,
        amountMinor: input.amountMinor,
        dueDate: dueMoved ? input.dueDate : milestone.dueDate,
      })
      // Handed in meanwhile: the freelancer's submission wins, the edit is refused.
      .where(
        and(eq(milestones.id, milestone.id), inArray(milestones.status, ["pending", "funded"])),
      )
      .returning();
    if (!updated) throw new ConflictError(NOT_PENDING);
    // A lower amount returns what escrow holds beyond it; a higher one waits for the client
    // to fund the difference before the freelancer may hand it in.
    if (updated.status === "funded")
      await refundEscrow(tx, {
        contract,
        item: "milestone",
        itemId: updated.id,
        what: `“${updated.title}”`,
        reason: "the milestone's amount was lowered",
        amountMinor: Math.max(
          0,
          (await heldFor(db, contract.id, "milestone", updated.id)).heldMinor - updated.amountMinor,
        ),
      });
    await notify(
      tx,
      milestoneEdited({
        by: ctx.actor.name,
        projectTitle: await projectTitle(db, contract.projectId),
        contract,
        milestone: updated,
      }),
    );
    return updated;
  });
}
