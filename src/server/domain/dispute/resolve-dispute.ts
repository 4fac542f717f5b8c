import "server-only";

import { and, eq, inArray, ne } from "drizzle-orm";
import type { z } from "zod";

import { milestones } from "~/server/db/schema/contracts";
import { timesheetWeeks } from "~/server/db/schema/timesheets";
import { disputes } from "~/server/db/schema/trust";
import { recordAuditEvent } from "~/server/domain/audit/record-audit-event";
import { nowOf } from "~/server/domain/clock";
import { finishContract } from "~/server/domain/contract/finish-contract";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError, InvalidError } from "~/server/domain/errors";
import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { settleDispute } from "~/server/domain/money/settle-dispute";
import { notify } from "~/server/domain/notification/notify";
import { formatMoney } from "~/shared/format/money";
import type { ResolveDisputeInput } from "~/shared/schemas/dispute";
import { activeDisputeStatuses } from "~/shared/trust";
import { addDisputePost } from "./add-dispute-post";
import { disputeFor, disputedWhat } from "./dispute-access";
import { disputeNotices } from "./dispute-notices";

/**
 * An admin settles a dispute: all of the frozen amount to the freelancer, all back to the
 * client, or split (the freelancer's share in minor units, the client's the rest, so the two
 * always add up to the frozen amount). The money moves in one balanced ledger transaction;
 * the milestone or week is closed as settled (approved, so nothing bills or releases it
 * again); both parties read the written decision. Resolving twice settles once: the second
 * finds the dispute closed.
 */
export async function resolveDispute({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof ResolveDisputeInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { dispute, contract, role } = await disputeFor(db, ctx.actor, input.id);
    if (role !== "admin") throw new ForbiddenError("Only Guild's admins settle disputes.");
    const frozen = dispute.frozenMinor;
    const releasedMinor =
      input.outcome === "release" ? frozen : input.outcome === "refund" ? 0 : input.releasedMinor!;
    if (input.outcome === "split" && releasedMinor >= frozen)
      throw new InvalidError("The freelancer's share must leave the client something.", {
        releasedMinor: [
          `A split gives the freelancer less than the whole ${formatMoney(frozen, dispute.currency)}: choose “Release all” for all of it.`,
        ],
      });
    const now = nowOf(ctx);
    const [updated] = await db
      .update(disputes)
      .set({
        status: "resolved",
        outcome: input.outcome,
        releasedMinor,
        refundedMinor: frozen - releasedMinor,
        decision: input.decision,
        resolvedBy: ctx.actor.id,
        resolvedAt: now,
        updatedAt: now,
      })
      .where(and(eq(disputes.id, dispute.id), inArray(disputes.status, activeDisputeStatuses)))
      .returning();
    if (!updated) throw new ConflictError("This dispute is already closed.");
    const what = await disputedWhat(db, dispute);
    const settled = await settleDispute(tx, { contract, dispute: updated, releasedMinor, what });
    let completes = false;
    if (dispute.milestoneId) {
      await db
        .update(milestones)
        .set({ status: "approved", approvedAt: now })
        .where(and(eq(milestones.id, dispute.milestoneId), ne(milestones.status, "approved")));
      const open = await db.$count(
        milestones,
        and(eq(milestones.contractId, contract.id), ne(milestones.status, "approved")),
      );
      completes = open === 0 && contract.status === "active";
      if (completes) await finishContract(db, contract, "completed");
    } else {
      await db
        .update(timesheetWeeks)
        .set({ status: "approved", approvedAt: now, updatedAt: now })
        .where(eq(timesheetWeeks.id, dispute.weekId!));
    }
    const money = (minor: number) => formatMoney(minor, dispute.currency);
    const summary =
      input.outcome === "release"
        ? `all ${money(frozen)} released to the freelancer`
        : input.outcome === "refund"
          ? `all ${money(frozen)} refunded to the client`
          : `${money(releasedMinor)} released to the freelancer and ${money(frozen - releasedMinor)} refunded to the client`;
    await addDisputePost(tx, {
      disputeId: dispute.id,
      authorId: ctx.actor.id,
      kind: "resolved",
      body: input.decision,
    });
    await recordAuditEvent(tx, {
      action: "dispute.resolved",
      actorId: ctx.actor.id,
      target: { type: "dispute", id: dispute.id },
      detail: {
        reason: input.decision,
        outcome: input.outcome,
        frozenMinor: frozen,
        releasedMinor,
        refundedMinor: frozen - releasedMinor,
        feeMinor: settled?.feeMinor ?? 0,
      },
    });
    for (const notice of await disputeNotices(db, {
      dispute: updated,
      contract,
      kind: "dispute.resolved",
      eventKey: `dispute.resolved:${dispute.id}`,
      title: `The dispute over ${what} is settled: ${summary}.`,
      body: input.decision,
      to: { parties: true, admins: false },
    }))
      await notify(tx, notice);
    await postContractEvent(tx, {
      contractId: contract.id,
      event: `dispute.resolved:${dispute.id}`,
      body:
        `Guild settled the dispute over ${what}: ${summary}.` +
        (completes ? " Every milestone is done: the contract is complete." : ""),
    });
    return { dispute: updated, ...settled, contractCompleted: completes };
  });
}
