import { getContractForParty } from "~/server/domain/contract/get-contract";
import { ProjectActionInput } from "~/shared/schemas/project";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const contractRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(ProjectActionInput)
    .query(({ ctx, input }) => getContractForParty({ ctx, input })),
});
