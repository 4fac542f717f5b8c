import { deleteAccount } from "~/server/domain/privacy/delete-account";
import { listMyDataExports } from "~/server/domain/privacy/data-exports";
import { accountDeletionCheck } from "~/server/domain/privacy/deletion-blockers";
import { requestDataExport } from "~/server/domain/privacy/request-data-export";
import { DeleteAccountInput } from "~/shared/schemas/privacy";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Account → Your data. None has a scope: only a browser session may export or delete an account. */
export const privacyRouter = createTRPCRouter({
  exports: protectedProcedure.query(({ ctx }) => listMyDataExports({ ctx })),
  requestExport: protectedProcedure.mutation(({ ctx }) => requestDataExport({ ctx })),
  deletionCheck: protectedProcedure.query(({ ctx }) => accountDeletionCheck({ ctx })),
  deleteAccount: protectedProcedure
    .input(DeleteAccountInput)
    .mutation(({ ctx, input }) => deleteAccount({ ctx, input })),
});
