import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { projectInvitations } from "~/server/db/schema/invitations";
import { proposals } from "~/server/db/schema/proposals";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError, InvalidError } from "~/server/domain/errors";
import { invitationReceived } from "~/server/domain/notification/notices";
import { openConversation } from "~/server/domain/message/open-conversation";
import { postSystemMessage } from "~/server/domain/message/post-system-message";
import { notify } from "~/server/domain/notification/notify";
import { loadListedFreelancer } from "~/server/domain/profile/listed-freelancer";
import { loadOwnProject } from "~/server/domain/project/project-access";
import { MAX_PENDING_INVITATIONS, type SendInvitationInput } from "~/shared/schemas/invitation";

/**
 * A client invites a freelancer to propose to one of their open projects: once per project
 * and freelancer, never someone who already proposed, and at most MAX_PENDING_INVITATIONS
 * waiting for an answer per project (an invitation is a request for someone's time).
 */
export async function sendInvitation({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof SendInvitationInput>;
}) {
  return withTransaction(ctx, async (tx) => {
    const { db } = tx;
    const project = await loadOwnProject(db, ctx.actor.id, input.projectId);
    const freelancer = await loadListedFreelancer(db, input.freelancerId);
    if (project.status !== "open") {
      throw new ConflictError(
        project.status === "draft"
          ? "Publish this project before inviting freelancers to it."
          : "This project is no longer open, so nobody can be invited to it.",
      );
    }
    if (project.hiddenAt)
      throw new ConflictError("An admin hid this project, so nobody can be invited to it.");
    const refuse = (sentence: string) => new InvalidError(sentence, { projectId: [sentence] });
    const same = and(
      eq(proposals.projectId, project.id),
      eq(proposals.freelancerId, freelancer.id),
    );
    if ((await db.$count(proposals, same)) > 0)
      throw refuse(`${freelancer.name} has already sent a proposal for this project.`);
    const alreadyInvited = refuse(`You have already invited ${freelancer.name} to this project.`);
    const invited = and(
      eq(projectInvitations.projectId, project.id),
      eq(projectInvitations.freelancerId, freelancer.id),
    );
    if ((await db.$count(projectInvitations, invited)) > 0) throw alreadyInvited;
    const waiting = await db.$count(
      projectInvitations,
      and(eq(projectInvitations.projectId, project.id), eq(projectInvitations.status, "pending")),
    );
    if (waiting >= MAX_PENDING_INVITATIONS) {
      throw new ConflictError(
        `This project already has ${MAX_PENDING_INVITATIONS} invitations waiting for an answer. Wait for some answers before inviting more.`,
      );
    }
    const [invitation] = await db
      .insert(projectInvitations)
      .values({
        projectId: project.id,
        clientId: ctx.actor.id,
        freelancerId: freelancer.id,
        message: input.message || null,
      })
      // The unique index settles two invitations racing past the check above.
      .onConflictDoNothing()
      .returning();
    if (!invitation) throw alreadyInvited;
    await notify(tx, invitationReceived({ by: ctx.actor.name, project, invitation }));
    const conversation = await openConversation(tx, {
      projectId: project.id,
      clientId: ctx.actor.id,
      freelancerId: freelancer.id,
    });
    await postSystemMessage(tx, conversation, {
      event: `invitation.sent:${invitation.id}`,
      body: `${ctx.actor.name} invited ${freelancer.name} to send a proposal.${invitation.message ? `\n\n${invitation.message}` : ""}`,
    });
    return invitation;
  });
}
