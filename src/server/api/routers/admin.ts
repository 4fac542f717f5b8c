import { setUserRole, setUserStatus } from "~/server/domain/identity/admin-users";
import { readReportedConversation } from "~/server/domain/message/read-reported-conversation";
import { ReportIdInput } from "~/shared/schemas/message";
import { SetUserRoleInput, SetUserStatusInput } from "~/shared/schemas/identity";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const adminRouter = createTRPCRouter({
  setUserRole: adminProcedure
    .input(SetUserRoleInput)
    .mutation(({ ctx, input }) => setUserRole({ ctx, input })),
  setUserStatus: adminProcedure
    .input(SetUserStatusInput)
    .mutation(({ ctx, input }) => setUserStatus({ ctx, input })),
  /** The conversation of an open message report; each reading is audited. */
  reportedConversation: adminProcedure
    .input(ReportIdInput)
    .query(({ ctx, input }) => readReportedConversation({ ctx, input })),
});
