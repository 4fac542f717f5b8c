import "server-only";

import { postContractEvent } from "~/server/domain/message/post-contract-event";
import { and, eq, ne } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";
import { type contracts, milestones } from "~/server/db/schema/contracts";
import { type DomainContext, type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { activeDispute, frozenRefusal } from "~/server/domain/money/frozen";
import { releaseEscrow } from "~/server/domain/money/release-escrow";
import { milestoneAs } from "./milestone-access";
import { recordMilestoneEvent } from "./milestone-history";
import { finishContract } from "./finish-contract";
import {
  contractFinished,
  milestoneStep,
  projectTitle,
} from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";

/** The client approves a submitted milestone: its escrow is released to the freelancer. */
export async function approveMilestone({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { id: string };
}) {
  return withTransaction(ctx, async (tx) => {
    const { contract } = await milestoneAs(tx.db, ctx, input.id, "client");
    const approved = await approveSubmitted(tx, contract, input.id, { by: ctx.actor.name });
    if (!approved) throw new ConflictError("Only a submitted milestone can be approved.");
    return approved;
  });
}

/**
 * Approves a milestone that is still submitted (as handed in at `submittedAt`, when given),
 * releases its escrow and completes the contract with its last milestone. Answers null when
 * the milestone was no longer so: another approval, or a change, came first. `by` null is the
 * auto-release after the review period.
 */
export async function approveSubmitted(
  tx: DomainContext & { db: Transaction },
  contract: typeof contracts.$inferSelect,
  milestoneId: string,
  { by, submittedAt }: { by: string | null; submittedAt?: Date },
) {
  const { db } = tx;
  const approvedAt = tx.now?.() ?? new Date();
  // A disputed milestone waits for its dispute: the automatic release does nothing (the
  // resolution, or a withdrawal, decides what happens next); the client is told why not.
  const dispute = await activeDispute(db, "milestone", milestoneId);
  if (dispute) {
    if (by === null) return null;
    throw new ConflictError(frozenRefusal("This milestone"));
  }
  const [updated] = await db
    .update(milestones)
    .set({ status: "approved", approvedAt })
    .where(
      and(
        eq(milestones.id, milestoneId),
        eq(milestones.status, "submitted"),
        submittedAt ? eq(milestones.submittedAt, submittedAt) : undefined,
      ),
    )
    .returning();
  if (!updated) return null;
  const eventId = await recordMilestoneEvent(db, updated.id, approvedAt, { kind: "approved" });
  const release = await releaseEscrow(tx, {
    contract,
    item: "milestone",
    itemId: updated.id,
    what: `“${updated.title}”`,
    automatic: by === null,
  });
  const open = await db.$count(
    milestones,
    and(eq(milestones.contractId, contract.id), ne(milestones.status, "approved")),
  );
  // An ended contract stays ended: its last submitted milestone is paid, not "completed".
  const completes = open === 0 && contract.status === "active";
  if (completes) await finishContract(db, contract, "completed");
  const title = await projectTitle(db, contract.projectId);
  const who = by ?? "Guild";
  await notify(
    tx,
    milestoneStep({
      by: who,
      projectTitle: title,
      contract,
      milestone: updated,
      eventId,
      step: "approved",
      detail: by === null ? "The client did not answer within the review period." : null,
    }),
  );
  if (by === null)
    await notify(tx, {
      ...milestoneStep({
        by: who,
        projectTitle: title,
        contract,
        milestone: updated,
        eventId,
        step: "approved",
      }),
      userId: contract.clientId,
      title: `“${updated.title}” was approved automatically: its review period passed without an answer.`,
    });
  await postContractEvent(tx, {
    contractId: contract.id,
    event: `milestone.approved:${eventId}`,
    body:
      (by === null
        ? `“${updated.title}” was approved automatically after its review period.`
        : `${by} approved “${updated.title}”.`) +
      (release ? " Its payment was released to the freelancer." : "") +
      (completes ? " Every milestone is done: the contract is complete." : ""),
  });
  if (completes) {
    await notify(
      tx,
      contractFinished({
        by: who,
        recipientId: contract.freelancerId,
        projectTitle: title,
        contractId: contract.id,
        status: "completed",
        lastMilestone: true,
      }),
    );
  }
  return { milestone: updated, contractCompleted: completes, release };
}
