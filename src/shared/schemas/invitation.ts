import { z } from "zod";

import "./messages";

/** Shared by the invite and decline forms and their procedures: no server imports here. */

const entityId = z.string().trim().min(1).max(64);

/** How many invitations one project may have waiting for an answer at once. */
export const MAX_PENDING_INVITATIONS = 30;

export const SendInvitationInput = z.object({
  projectId: entityId,
  freelancerId: entityId,
  message: z
    .string()
    .trim()
    .max(1_000, { error: "Keep the message to 1,000 characters or fewer." })
    .default(""),
});
export type SendInvitationInput = z.input<typeof SendInvitationInput>;

export const DeclineInvitationInput = z.object({
  id: entityId,
  reason: z
    .string()
    .trim()
    .max(500, { error: "Keep the reason to 500 characters or fewer." })
    .default(""),
});
export type DeclineInvitationInput = z.input<typeof DeclineInvitationInput>;

export const InvitableProjectsInput = z.object({ freelancerId: entityId });
export const InvitationsForProjectInput = z.object({ projectId: entityId });
