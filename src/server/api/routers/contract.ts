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
import {
  AddMilestoneInput,
  EditMilestoneInput,
  AmendmentActionInput,
  ProposeAmendmentInput,
  RespondToAmendmentInput,
  ContractActionInput,
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
  byId: protectedProcedure
    .input(ContractActionInput)
    .query(({ ctx, input }) => getContractForParty({ ctx, input })),
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
    .input(SubmitMilestoneInput)
    .mutation(({ ctx, input }) => submitMilestone({ ctx, input })),
  requestChanges: protectedProcedure
    .input(RequestChangesInput)
    .mutation(({ ctx, input }) => requestChanges({ ctx, input })),
  approveMilestone: protectedProcedure
    .input(MilestoneActionInput)
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
