import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { projectInvitations } from "~/server/db/schema/invitations";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import type { DeclineInvitationInput } from "~/shared/schemas/invitation";
import { loadInvitationForFreelancer } from "./invitation-access";

/** The invited freelancer says no, with a reason if they give one (the client reads it). */
export async function declineInvitation({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof DeclineInvitationInput>;
}) {
  return withTransaction(ctx, async ({ db }) => {
    const { invitation, project } = await loadInvitationForFreelancer(db, ctx.actor.id, input.id);
    if (invitation.status !== "pending") {
      throw new ConflictError(
        invitation.status === "declined"
          ? "You have already declined this invitation."
          : "You answered this invitation with a proposal already.",
      );
    }
    if (project.status !== "open")
      throw new ConflictError("This project is no longer open, so there is nothing to answer.");
    const [declined] = await db
      .update(projectInvitations)
      .set({ status: "declined", declineReason: input.reason || null, answeredAt: new Date() })
      .where(
        and(eq(projectInvitations.id, invitation.id), eq(projectInvitations.status, "pending")),
      )
      .returning();
    if (!declined) throw new ConflictError("This invitation was answered in the meantime.");
    return declined;
  });
}
