import {
  getMyAccount,
  listMySecurityEvents,
  updateMyProfile,
} from "~/server/domain/identity/account";
import { changePassword } from "~/server/domain/identity/change-password";
import {
  listMySessions,
  revokeMyOtherSessions,
  revokeMySession,
} from "~/server/domain/identity/sessions";
import {
  beginTwoFactorSetup,
  confirmTwoFactorSetup,
  disableTwoFactor,
  twoFactorStatus,
} from "~/server/domain/identity/two-factor";
import { resendVerification } from "~/server/domain/identity/verify-email";
import {
  ChangePasswordInput,
  ConfirmTwoFactorInput,
  DisableTwoFactorInput,
  RevokeSessionInput,
  UpdateProfileInput,
} from "~/shared/schemas/identity";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** The signed-in person's own account: every procedure acts on the session's user only. */
export const accountRouter = createTRPCRouter({
  me: protectedProcedure.query(({ ctx }) => getMyAccount({ ctx })),
  updateProfile: protectedProcedure
    .input(UpdateProfileInput)
    .mutation(({ ctx, input }) => updateMyProfile({ ctx, input })),
  resendVerification: protectedProcedure.mutation(({ ctx }) => resendVerification({ ctx })),
  changePassword: protectedProcedure
    .input(ChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword({ ctx, input })),

  sessions: protectedProcedure.query(({ ctx }) => listMySessions({ ctx })),
  revokeSession: protectedProcedure
    .input(RevokeSessionInput)
    .mutation(({ ctx, input }) => revokeMySession({ ctx, input })),
  revokeOtherSessions: protectedProcedure.mutation(({ ctx }) => revokeMyOtherSessions({ ctx })),
  securityEvents: protectedProcedure.query(({ ctx }) => listMySecurityEvents({ ctx })),

  twoFactorStatus: protectedProcedure.query(({ ctx }) => twoFactorStatus({ ctx })),
  beginTwoFactorSetup: protectedProcedure.mutation(({ ctx }) => beginTwoFactorSetup({ ctx })),
  confirmTwoFactor: protectedProcedure
    .input(ConfirmTwoFactorInput)
    .mutation(({ ctx, input }) => confirmTwoFactorSetup({ ctx, input })),
  disableTwoFactor: protectedProcedure
    .input(DisableTwoFactorInput)
    .mutation(({ ctx, input }) => disableTwoFactor({ ctx, input })),
});
