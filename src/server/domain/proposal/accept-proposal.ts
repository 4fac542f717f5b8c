import "server-only";

import { and, eq, inArray, ne } from "drizzle-orm";
import type { z } from "zod";

import { projects } from "~/server/db/schema/projects";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { nowOf } from "~/server/domain/clock";
import { assertFitsThePlan } from "~/server/domain/contract/milestone-plan";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { proposalDeclined, proposalHired } from "~/server/domain/notification/notices";
import { openConversation } from "~/server/domain/message/open-conversation";
import { postSystemMessage } from "~/server/domain/message/post-system-message";
import { notify } from "~/server/domain/notification/notify";
import type { AcceptProposalInput } from "~/shared/schemas/proposal";
import { DEFAULT_WEEKLY_LIMIT_HOURS } from "~/shared/schemas/timesheet";
import { loadProposalOnOwnProject } from "./proposal-access";

/**
 * Hiring, in one transaction: the proposal is accepted, a contract is created for the agreed
 * amount, the project moves to in_progress and every other open proposal is declined. The
 * project's status changes only if it is still open, and contracts are unique per project,
 * so of any number of racing accepts exactly one wins; the others get CONFLICT.
 *
 * The contract's kind is the project's budget type. On an hourly project the bid is a rate:
 * the contract pays it per hour, up to the weekly limit the client sets here (40 h unless
 * they say otherwise; they can change it on the contract page). A fixed-price hire may plan
 * its first milestone here, within the bid; its id comes back so the client can fund it.
 */
export async function acceptProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof AcceptProposalInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const { proposal, project } = await loadProposalOnOwnProject(db, ctx.actor.id, input.id);
    if (proposal.status !== "submitted" && proposal.status !== "shortlisted") {
      throw new ConflictError("Only a proposal that is still open can be accepted.");
    }
    const hourly = project.budgetType === "hourly";
    if (!hourly && input.weeklyLimitHours !== undefined) {
      const refusal = "A weekly limit is only for hourly projects; this one has a fixed price.";
      throw new InvalidError(refusal, { weeklyLimitHours: [refusal] });
    }
    if (hourly && input.firstMilestone) {
      const refusal = "Milestones are only for fixed-price projects; this one is paid by the hour.";
      throw new InvalidError(refusal, { firstMilestone: [refusal] });
    }
    const [hired] = await db
      .update(projects)
      .set({ status: "in_progress" })
      .where(and(eq(projects.id, project.id), eq(projects.status, "open")))
      .returning({ id: projects.id });
    if (!hired) throw new ConflictError("This project has already been awarded or closed.");
    const [contract] = await db
      .insert(contracts)
      .values({
        projectId: project.id,
        proposalId: proposal.id,
        clientId: project.clientId,
        freelancerId: proposal.freelancerId,
        amountMinor: proposal.bidMinor,
        currency: proposal.currency,
        kind: project.budgetType,
        hourlyRateMinor: hourly ? proposal.bidMinor : null,
        weeklyLimitMinutes: hourly
          ? (input.weeklyLimitHours ?? DEFAULT_WEEKLY_LIMIT_HOURS) * 60
          : null,
        // The hire's own moment: hourly time may be logged from this day on.
        startedAt: nowOf(ctx),
      })
      .returning();
    // The first milestone, planned in the hire itself: the client funds it next.
    let firstMilestoneId: string | null = null;
    if (input.firstMilestone) {
      await assertFitsThePlan(db, contract!, input.firstMilestone.amountMinor);
      const [milestone] = await db
        .insert(milestones)
        .values({
          contractId: contract!.id,
          title: input.firstMilestone.title,
          amountMinor: input.firstMilestone.amountMinor,
        })
        .returning({ id: milestones.id });
      firstMilestoneId = milestone!.id;
    }
    await db.update(proposals).set({ status: "accepted" }).where(eq(proposals.id, proposal.id));
    const declined = await db
      .update(proposals)
      .set({ status: "declined" })
      .where(
        and(
          eq(proposals.projectId, project.id),
          ne(proposals.id, proposal.id),
          inArray(proposals.status, ["submitted", "shortlisted"]),
        ),
      )
      .returning({ id: proposals.id, freelancerId: proposals.freelancerId });
    const by = ctx.actor.name;
    await notify(tx, proposalHired({ by, project, proposal, contractId: contract!.id }));
    for (const other of declined)
      await notify(
        tx,
        proposalDeclined({ by, project, proposal: other, because: "hired_another" }),
      );
    // The proposal's conversation carries on as the contract's.
    const conversation = await openConversation(tx, {
      projectId: project.id,
      clientId: project.clientId,
      freelancerId: proposal.freelancerId,
      contractId: contract!.id,
    });
    await postSystemMessage(tx, conversation, {
      event: "contract.started",
      body: `${by} accepted the proposal: the contract has started.`,
    });
    return { ...contract!, firstMilestoneId };
  });
}
