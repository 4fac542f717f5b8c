import {
  contractDisputes,
  disputeQueue,
  disputesNeedingAttention,
} from "~/server/domain/dispute/list-disputes";
import { getDispute } from "~/server/domain/dispute/get-dispute";
import { openDispute } from "~/server/domain/dispute/open-dispute";
import { postToDispute } from "~/server/domain/dispute/post-to-dispute";
import { resolveDispute } from "~/server/domain/dispute/resolve-dispute";
import { takeUpDispute } from "~/server/domain/dispute/take-up-dispute";
import { withdrawDispute } from "~/server/domain/dispute/withdraw-dispute";
import {
  ContractIdInput,
  DisputeIdInput,
  DisputePostInput,
  DisputeQueueInput,
  OpenDisputeInput,
  ResolveDisputeInput,
} from "~/shared/schemas/dispute";
import { adminProcedure, createTRPCRouter, protectedProcedure } from "../trpc";

/**
 * Disputes over a contract's money: its parties open, add to and withdraw them; admins take
 * them up and settle them. The domain decides who sees which (parties and proven admins).
 */
export const disputeRouter = createTRPCRouter({
  open: protectedProcedure
    .input(OpenDisputeInput)
    .mutation(({ ctx, input }) => openDispute({ ctx, input })),
  byId: protectedProcedure
    .input(DisputeIdInput)
    .query(({ ctx, input }) => getDispute({ ctx, input })),
  forContract: protectedProcedure
    .input(ContractIdInput)
    .query(({ ctx, input }) => contractDisputes({ ctx, input })),
  post: protectedProcedure
    .input(DisputePostInput)
    .mutation(({ ctx, input }) => postToDispute({ ctx, input })),
  withdraw: protectedProcedure
    .input(DisputeIdInput)
    .mutation(({ ctx, input }) => withdrawDispute({ ctx, input })),
  queue: adminProcedure
    .input(DisputeQueueInput)
    .query(({ ctx, input }) => disputeQueue({ ctx, input })),
  needingAttention: adminProcedure.query(({ ctx }) => disputesNeedingAttention({ ctx })),
  takeUp: adminProcedure
    .input(DisputeIdInput)
    .mutation(({ ctx, input }) => takeUpDispute({ ctx, input })),
  resolve: adminProcedure
    .input(ResolveDisputeInput)
    .mutation(({ ctx, input }) => resolveDispute({ ctx, input })),
});
