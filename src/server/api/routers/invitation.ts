import { declineInvitation } from "~/server/domain/invitation/decline-invitation";
import { listInvitableProjects } from "~/server/domain/invitation/invitable-projects";
import { listInvitationsForProject } from "~/server/domain/invitation/invitations-for-project";
import {
  listReceivedInvitations,
  myInvitationForProject,
} from "~/server/domain/invitation/received-invitations";
import { sendInvitation } from "~/server/domain/invitation/send-invitation";
import {
  DeclineInvitationInput,
  InvitableProjectsInput,
  InvitationsForProjectInput,
  SendInvitationInput,
} from "~/shared/schemas/invitation";
import { clientProcedure, createTRPCRouter, freelancerProcedure } from "../trpc";

/** Invitations to propose: clients send them, the invited freelancer alone sees and answers them. */
export const invitationRouter = createTRPCRouter({
  // The client's side.
  send: clientProcedure
    .input(SendInvitationInput)
    .mutation(({ ctx, input }) => sendInvitation({ ctx, input })),
  invitableProjects: clientProcedure
    .input(InvitableProjectsInput)
    .query(({ ctx, input }) => listInvitableProjects({ ctx, input })),
  forProject: clientProcedure
    .input(InvitationsForProjectInput)
    .query(({ ctx, input }) => listInvitationsForProject({ ctx, input })),
  // The freelancer's side.
  received: freelancerProcedure.query(({ ctx }) => listReceivedInvitations({ ctx })),
  mineForProject: freelancerProcedure
    .input(InvitationsForProjectInput)
    .query(({ ctx, input }) => myInvitationForProject({ ctx, input })),
  decline: freelancerProcedure
    .input(DeclineInvitationInput)
    .mutation(({ ctx, input }) => declineInvitation({ ctx, input })),
});
