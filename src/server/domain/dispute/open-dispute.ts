import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import type { DbOrTx } from "~/server/db/client";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { timeEntries, timesheetWeeks } from "~/server/db/schema/timesheets";
import { disputes } from "~/server/db/schema/trust";
import { nowOf } from "~/server/domain/clock";
import { partyTo } from "~/server/domain/contract/load-contract";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { enqueueJob } from "~/server/domain/jobs/enqueue-job";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { heldFor } from "~/server/domain/money/escrow";
import { activeDispute } from "~/server/domain/money/frozen";
import { projectTitle } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { formatMoney } from "~/shared/format/money";
import { DAY_MS } from "~/shared/hourly/calendar";
import { DISPUTE_ANSWER_DAYS } from "~/shared/trust";
import type { OpenDisputeInput } from "~/shared/schemas/dispute";
import { addDisputePost } from "./add-dispute-post";
import { disputeNotices } from "./dispute-notices";
import { disputedWhat } from "./dispute-access";

/** Milestones whose money escrow holds and nobody has settled: funded, handed in or sent back. */
export const DISPUTABLE_MILESTONE = ["funded", "submitted", "changes_requested"] as const;

/**
 * Either party opens a dispute on a milestone (funded or handed in) or on an hourly week with
 * disputed entries, with a reason and evidence. What escrow holds for it is frozen from now:
 * no approval, automatic release or refund moves it until an admin settles the dispute or
 * whoever opened it withdraws it. The other party and the admins are told; if the other
 * party says nothing within 5 days the admins are told again (the `dispute.check_answer` job).
 */
export async function openDispute({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof OpenDisputeInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const now = nowOf(ctx);
    const contract = await disputableItem(db, ctx, input);
    if (await activeDispute(db, input.item, input.itemId))
      throw new ConflictError("A dispute about this is already under way: add to it instead.");
    const held = await heldFor(db, contract.id, input.item, input.itemId);
    if (held.heldMinor <= 0)
      throw new ConflictError(
        held.releasedMinor > 0
          ? "Its money was already released: there is nothing held to dispute."
          : "Escrow holds no money for it yet: there is nothing to dispute.",
      );
    const [dispute] = await db
      .insert(disputes)
      .values({
        contractId: contract.id,
        item: input.item,
        milestoneId: input.item === "milestone" ? input.itemId : null,
        weekId: input.item === "week" ? input.itemId : null,
        openedBy: ctx.actor.id,
        reason: input.reason,
        frozenMinor: held.heldMinor,
        currency: contract.currency,
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await addDisputePost(tx, {
      disputeId: dispute!.id,
      authorId: ctx.actor.id,
      kind: "opened",
      body: input.reason,
      fileIds: input.fileIds,
    });
    const what = await disputedWhat(db, dispute!);
    const amount = formatMoney(held.heldMinor, contract.currency);
    const title = await projectTitle(db, contract.projectId);
    for (const notice of await disputeNotices(db, {
      dispute: dispute!,
      contract,
      kind: "dispute.opened",
      eventKey: `dispute.opened:${dispute!.id}`,
      title: `${ctx.actor.name} opened a dispute over ${what} on “${title}”: ${amount} is frozen.`,
      body: input.reason,
      to: { parties: true, admins: true },
    }))
      await notify(tx, notice);
    await enqueueJob(
      tx,
      "dispute.check_answer",
      { disputeId: dispute!.id },
      {
        runAt: new Date(now.getTime() + DISPUTE_ANSWER_DAYS * DAY_MS),
        dedupeKey: `dispute.check_answer:${dispute!.id}`,
      },
    );
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `dispute.opened:${dispute!.id}`,
      body: `${ctx.actor.name} opened a dispute over ${what}. Its ${amount} is frozen until an admin settles it.`,
    });
    return dispute!;
  });
}

/**
 * The contract of the milestone or week a party wants to dispute, checking it holds money
 * nobody has settled: a milestone funded or handed in, a week with disputed entries.
 * Someone else's milestone or week does not exist.
 */
async function disputableItem(
  db: DbOrTx,
  ctx: PersonContext,
  input: { item: "milestone" | "week"; itemId: string },
) {
  if (input.item === "milestone") {
    const [row] = await db
      .select({ milestone: milestones, contract: contracts })
      .from(milestones)
      .innerJoin(contracts, eq(contracts.id, milestones.contractId))
      .where(and(eq(milestones.id, input.itemId), partyTo(ctx.actor)));
    if (!row) throw new NotFoundError("We couldn't find that milestone among your contracts.");
    if (!(DISPUTABLE_MILESTONE as readonly string[]).includes(row.milestone.status))
      throw new ConflictError(
        row.milestone.status === "approved"
          ? "This milestone was approved and paid: there is no money left to dispute."
          : "Only a funded or handed-in milestone can be disputed: this one holds no money yet.",
      );
    return row.contract;
  }
  const [row] = await db
    .select({ week: timesheetWeeks, contract: contracts })
    .from(timesheetWeeks)
    .innerJoin(contracts, eq(contracts.id, timesheetWeeks.contractId))
    .where(and(eq(timesheetWeeks.id, input.itemId), partyTo(ctx.actor)));
  if (!row) throw new NotFoundError("We couldn't find that week among your contracts.");
  const [disputed] = await db
    .select({ id: timeEntries.id })
    .from(timeEntries)
    .where(and(eq(timeEntries.weekId, row.week.id), eq(timeEntries.disputed, true)))
    .limit(1);
  if (!disputed)
    throw new ConflictError(
      "Only a week with disputed entries can go to a dispute: the client disputes the entries first.",
    );
  return row.contract;
}
