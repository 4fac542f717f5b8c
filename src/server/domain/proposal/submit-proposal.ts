import "server-only";

import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";

import { projectInvitations } from "~/server/db/schema/invitations";
import { projects } from "~/server/db/schema/projects";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, ForbiddenError, NotFoundError } from "~/server/domain/errors";
import { proposalReceived } from "~/server/domain/notification/notices";
import { notify } from "~/server/domain/notification/notify";
import { openConversation } from "~/server/domain/message/open-conversation";
import { postSystemMessage } from "~/server/domain/message/post-system-message";
import { formatBid } from "~/shared/format/money";
import { mayViewProject } from "~/server/domain/project/policy";
import type { SubmitProposalInput } from "~/shared/schemas/proposal";

/**
 * A freelancer sends one proposal per open project, with a verified email. A proposal is the
 * answer to an invitation to this project, however the freelancer got to the form: the
 * invitation is marked answered in the same transaction (a decline they changed their mind
 * about included).
 */
export async function submitProposal({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SubmitProposalInput>;
}) {
  if (!ctx.actor.emailVerified) {
    throw new ForbiddenError(
      "Confirm your email address before sending proposals (see your account page).",
    );
  }
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const [project] = await db
      .select()
      .from(projects)
      .where(eq(projects.id, input.projectId))
      .limit(1);
    // A project never published is invisible to everyone but its client, whatever its status.
    if (!project || !mayViewProject(ctx.actor, project))
      throw new NotFoundError("We couldn't find that project.");
    if (project.clientId === ctx.actor.id)
      throw new ForbiddenError("You cannot propose to your own project.");
    if (project.status !== "open")
      throw new ConflictError("This project is no longer taking proposals.");
    const [proposal] = await db
      .insert(proposals)
      .values({
        projectId: project.id,
        freelancerId: ctx.actor.id,
        coverLetter: input.coverLetter,
        bidMinor: input.bidMinor,
        currency: project.currency,
        estimatedDuration: input.estimatedDuration,
      })
      .onConflictDoNothing()
      .returning();
    if (!proposal)
      throw new ConflictError(
        "You have already sent a proposal for this project. Edit it instead.",
      );
    await db
      .update(projectInvitations)
      .set({ status: "proposed", declineReason: null, answeredAt: new Date() })
      .where(
        and(
          eq(projectInvitations.projectId, project.id),
          eq(projectInvitations.freelancerId, ctx.actor.id),
          inArray(projectInvitations.status, ["pending", "declined"]),
        ),
      );
    await notify(
      tx,
      proposalReceived({ by: ctx.actor.name, clientId: project.clientId, project, proposal }),
    );
    const conversation = await openConversation(tx, {
      projectId: project.id,
      clientId: project.clientId,
      freelancerId: ctx.actor.id,
    });
    await postSystemMessage(tx, conversation, {
      event: `proposal.submitted:${proposal.id}`,
      body: `${ctx.actor.name} sent a proposal: ${formatBid(proposal.bidMinor, proposal.currency, project.budgetType, { spelled: true })}.`,
    });
    return proposal;
  });
}
