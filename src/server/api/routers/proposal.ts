import { acceptProposal } from "~/server/domain/proposal/accept-proposal";
import { editProposal } from "~/server/domain/proposal/edit-proposal";
import { listMyProposals, myProposalForProject } from "~/server/domain/proposal/my-proposals";
import { rejectProposal, shortlistProposal } from "~/server/domain/proposal/decide-proposal";
import { submitProposal } from "~/server/domain/proposal/submit-proposal";
import { withdrawProposal } from "~/server/domain/proposal/withdraw-proposal";
import {
  AcceptProposalInput,
  EditProposalInput,
  HireOutput,
  ProposalActionInput,
  ProposalOutput,
  ProposalsForProjectInput,
  SubmitProposalInput,
} from "~/shared/schemas/proposal";
import { clientProcedure, createTRPCRouter, freelancerProcedure } from "../trpc";

export const proposalRouter = createTRPCRouter({
  // The freelancer's side.
  submit: freelancerProcedure
    .meta({
      scope: "proposals:write",
      openapi: {
        method: "POST",
        path: "/proposals",
        tags: ["proposals"],
        summary: "Send a proposal",
        description:
          "A freelancer proposes to an open project: a cover letter, a bid and a duration.",
      },
    })
    .input(SubmitProposalInput)
    .output(ProposalOutput)
    .mutation(({ ctx, input }) => submitProposal({ ctx, input })),
  edit: freelancerProcedure
    .input(EditProposalInput)
    .mutation(({ ctx, input }) => editProposal({ ctx, input })),
  withdraw: freelancerProcedure
    .input(ProposalActionInput)
    .mutation(({ ctx, input }) => withdrawProposal({ ctx, input })),
  mine: freelancerProcedure.query(({ ctx }) => listMyProposals({ ctx })),
  mineForProject: freelancerProcedure
    .input(ProposalsForProjectInput)
    .query(({ ctx, input }) => myProposalForProject({ ctx, input })),

  // The client's side.
  shortlist: clientProcedure
    .meta({
      scope: "proposals:write",
      openapi: {
        method: "POST",
        path: "/proposals/{id}/shortlist",
        tags: ["proposals"],
        summary: "Shortlist a proposal",
        description: "The client marks a proposal as one they are considering.",
      },
    })
    .input(ProposalActionInput)
    .output(ProposalOutput)
    .mutation(({ ctx, input }) => shortlistProposal({ ctx, input })),
  reject: clientProcedure
    .meta({
      scope: "proposals:write",
      openapi: {
        method: "POST",
        path: "/proposals/{id}/reject",
        tags: ["proposals"],
        summary: "Decline a proposal",
        description: "The client declines a proposal; the freelancer is told.",
      },
    })
    .input(ProposalActionInput)
    .output(ProposalOutput)
    .mutation(({ ctx, input }) => rejectProposal({ ctx, input })),
  accept: clientProcedure
    .meta({
      idempotent: true,
      scope: "proposals:write",
      openapi: {
        method: "POST",
        path: "/proposals/{id}/accept",
        tags: ["proposals"],
        summary: "Hire: accept a proposal",
        description:
          "The client hires the freelancer: the proposal becomes a contract, once however often it is sent.",
      },
    })
    .input(AcceptProposalInput)
    .output(HireOutput)
    .mutation(({ ctx, input }) => acceptProposal({ ctx, input })),
});
