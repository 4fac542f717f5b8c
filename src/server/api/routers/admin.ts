import { setUserRole, setUserStatus } from "~/server/domain/identity/admin-users";
import { SetUserRoleInput, SetUserStatusInput } from "~/shared/schemas/identity";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const adminRouter = createTRPCRouter({
  setUserRole: adminProcedure
    .input(SetUserRoleInput)
    .mutation(({ ctx, input }) => setUserRole({ ctx, input })),
  setUserStatus: adminProcedure
    .input(SetUserStatusInput)
    .mutation(({ ctx, input }) => setUserStatus({ ctx, input })),
});
