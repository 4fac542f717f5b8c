import {
  createApiToken,
  listMyApiTokens,
  revokeMyApiToken,
} from "~/server/domain/api-token/api-tokens";
import { ApiTokenByIdInput, CreateApiTokenInput } from "~/shared/schemas/api-token";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Account → Developer. None has a scope: tokens cannot make, list or revoke tokens. */
export const apiTokenRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listMyApiTokens({ ctx })),
  create: protectedProcedure
    .input(CreateApiTokenInput)
    .mutation(({ ctx, input }) => createApiToken({ ctx, input })),
  revoke: protectedProcedure
    .input(ApiTokenByIdInput)
    .mutation(({ ctx, input }) => revokeMyApiToken({ ctx, input })),
});
