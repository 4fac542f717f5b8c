import { proposeAmendment } from "~/server/domain/contract/propose-amendment";
import { respondToAmendment } from "~/server/domain/contract/respond-to-amendment";
import { withdrawAmendment } from "~/server/domain/contract/withdraw-amendment";
import { getContractForParty } from "~/server/domain/contract/get-contract";
import { getContractWorkspace } from "~/server/domain/contract/get-contract-workspace";
import { addMilestone } from "~/server/domain/contract/add-milestone";
import { editMilestone } from "~/server/domain/contract/edit-milestone";
import { removeMilestone } from "~/server/domain/contract/remove-milestone";
import { approveMilestone } from "~/server/domain/contract/approve-milestone";
import { endContract } from "~/server/domain/contract/end-contract";
import { requestChanges } from "~/server/domain/contract/request-changes";
import { submitMilestone } from "~/server/domain/contract/submit-milestone";
import { leaveReview } from "~/server/domain/contract/leave-review";
import { replyToReview } from "~/server/domain/contract/reply-to-review";
import { reviewsForUser } from "~/server/domain/contract/reviews-for-user";
import { listContractMilestones, listMyContracts } from "~/server/domain/contract/my-contracts";
import {
  AddMilestoneInput,
  EditMilestoneInput,
  AmendmentActionInput,
  ProposeAmendmentInput,
  RespondToAmendmentInput,
  ApproveMilestoneOutput,
  ContractActionInput,
  ContractOutput,
  MilestoneOutput,
  MilestonesOutput,
  MyContractsInput,
  MyContractsOutput,
  LeaveReviewInput,
  ReplyToReviewInput,
  ReviewsForUserInput,
  MilestoneActionInput,
  RequestChangesInput,
  SubmitMilestoneInput,
} from "~/shared/schemas/contract";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

/** Contracts and their milestones; each action checks which party the actor is. */
export const contractRouter = createTRPCRouter({
  mine: protectedProcedure
    .meta({
      scope: "contracts:read",
      openapi: {
        method: "GET",
        path: "/me/contracts",
        tags: ["contracts"],
        summary: "List your contracts",
        description: "Contracts you are a party to, as client or freelancer, newest first.",
      },
    })
    .input(MyContractsInput)
    .output(MyContractsOutput)
    .query(({ ctx, input }) => listMyContracts({ ctx, input })),
  byId: protectedProcedure
    .meta({
      scope: "contracts:read",
      openapi: {
        method: "GET",
        path: "/contracts/{id}",
        tags: ["contracts"],
        summary: "Read a contract",
        description: "A contract you are a party to; to anyone else it does not exist (404).",
      },
    })
    .input(ContractActionInput)
    .output(ContractOutput)
    .query(({ ctx, input }) => getContractForParty({ ctx, input })),
  milestones: protectedProcedure
    .meta({
      scope: "contracts:read",
      openapi: {
        method: "GET",
        path: "/contracts/{id}/milestones",
        tags: ["contracts"],
        summary: "List a contract's milestones",
        description: "Every milestone of a contract you are a party to, in the order planned.",
      },
    })
    .input(ContractActionInput)
    .output(MilestonesOutput)
    .query(({ ctx, input }) => listContractMilestones({ ctx, input })),
  workspace: protectedProcedure
    .input(ContractActionInput)
    .query(({ ctx, input }) => getContractWorkspace({ ctx, input })),
  addMilestone: protectedProcedure
    .input(AddMilestoneInput)
    .mutation(({ ctx, input }) => addMilestone({ ctx, input })),
  editMilestone: protectedProcedure
    .input(EditMilestoneInput)
    .mutation(({ ctx, input }) => editMilestone({ ctx, input })),
  removeMilestone: protectedProcedure
    .input(MilestoneActionInput)
    .mutation(({ ctx, input }) => removeMilestone({ ctx, input })),
  submitMilestone: protectedProcedure
    .meta({
      scope: "contracts:write",
      openapi: {
        method: "POST",
        path: "/milestones/{id}/submit",
        tags: ["contracts"],
        summary: "Submit a milestone's work",
        description: "The freelancer hands in a funded milestone: a note, links and files.",
      },
    })
    .input(SubmitMilestoneInput)
    .output(MilestoneOutput)
    .mutation(({ ctx, input }) => submitMilestone({ ctx, input })),
  requestChanges: protectedProcedure
    .input(RequestChangesInput)
    .mutation(({ ctx, input }) => requestChanges({ ctx, input })),
  approveMilestone: protectedProcedure
    .meta({
      idempotent: true,
      scope: "contracts:write",
      openapi: {
        method: "POST",
        path: "/milestones/{id}/approve",
        tags: ["contracts"],
        summary: "Approve a milestone",
        description:
          "The client accepts submitted work and releases its escrow to the freelancer, once however often it is sent.",
      },
    })
    .input(MilestoneActionInput)
    .output(ApproveMilestoneOutput)
    .mutation(({ ctx, input }) => approveMilestone({ ctx, input })),
  proposeAmendment: protectedProcedure
    .input(ProposeAmendmentInput)
    .mutation(({ ctx, input }) => proposeAmendment({ ctx, input })),
  respondToAmendment: protectedProcedure
    .input(RespondToAmendmentInput)
    .mutation(({ ctx, input }) => respondToAmendment({ ctx, input })),
  withdrawAmendment: protectedProcedure
    .input(AmendmentActionInput)
    .mutation(({ ctx, input }) => withdrawAmendment({ ctx, input })),
  end: protectedProcedure
    .input(ContractActionInput)
    .mutation(({ ctx, input }) => endContract({ ctx, input })),

  leaveReview: protectedProcedure
    .input(LeaveReviewInput)
    .mutation(({ ctx, input }) => leaveReview({ ctx, input })),
  replyToReview: protectedProcedure
    .input(ReplyToReviewInput)
    .mutation(({ ctx, input }) => replyToReview({ ctx, input })),
  reviewsForUser: publicProcedure
    .input(ReviewsForUserInput)
    .query(({ ctx, input }) => reviewsForUser({ ctx, input })),
});
