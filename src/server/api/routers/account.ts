import {
  getMyAccount,
  listMySecurityEvents,
  updateMyProfile,
} from "~/server/domain/identity/account";
import { beginTwoFactorSetup } from "~/server/domain/identity/begin-two-factor-setup";
import { cancelEmailChange } from "~/server/domain/identity/cancel-email-change";
import { changePassword } from "~/server/domain/identity/change-password";
import { confirmTwoFactorSetup } from "~/server/domain/identity/confirm-two-factor-setup";
import { disableTwoFactor } from "~/server/domain/identity/disable-two-factor";
import { regenerateRecoveryCodes } from "~/server/domain/identity/regenerate-recovery-codes";
import { requestEmailChange } from "~/server/domain/identity/request-email-change";
import { resendEmailChange } from "~/server/domain/identity/resend-email-change";
import {
  listMySessions,
  revokeMyOtherSessions,
  revokeMySession,
} from "~/server/domain/identity/sessions";
import { twoFactorStatus } from "~/server/domain/identity/two-factor-status";
import { resendVerification } from "~/server/domain/identity/verify-email";
import { setTimeZone } from "~/server/domain/notification/set-time-zone";
import { removeAvatar, setAvatar } from "~/server/domain/avatar/set-avatar";
import { CompleteUploadInput } from "~/shared/schemas/file";
import {
  ChangePasswordInput,
  ConfirmTwoFactorInput,
  DisableTwoFactorInput,
  RegenerateRecoveryCodesInput,
  RequestEmailChangeInput,
  RevokeSessionInput,
  UpdateProfileInput,
} from "~/shared/schemas/identity";
import { SetTimeZoneInput } from "~/shared/schemas/notification";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** The signed-in person's own account: every procedure acts on the session's user only. */
export const accountRouter = createTRPCRouter({
  me: protectedProcedure.query(({ ctx }) => getMyAccount({ ctx })),
  updateProfile: protectedProcedure
    .input(UpdateProfileInput)
    .mutation(({ ctx, input }) => updateMyProfile({ ctx, input })),
  resendVerification: protectedProcedure.mutation(({ ctx }) => resendVerification({ ctx })),
  setTimeZone: protectedProcedure
    .input(SetTimeZoneInput)
    .mutation(({ ctx, input }) => setTimeZone({ ctx, input })),
  /** An uploaded picture (purpose "avatar") becomes the person's; `{ fileId }`. */
  setAvatar: protectedProcedure
    .input(CompleteUploadInput)
    .mutation(({ ctx, input }) => setAvatar({ ctx, input })),
  removeAvatar: protectedProcedure.mutation(({ ctx }) => removeAvatar({ ctx })),
  changePassword: protectedProcedure
    .input(ChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword({ ctx, input })),

  requestEmailChange: protectedProcedure
    .input(RequestEmailChangeInput)
    .mutation(({ ctx, input }) => requestEmailChange({ ctx, input })),
  resendEmailChange: protectedProcedure.mutation(({ ctx }) => resendEmailChange({ ctx })),
  cancelEmailChange: protectedProcedure.mutation(({ ctx }) => cancelEmailChange({ ctx })),

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
  regenerateRecoveryCodes: protectedProcedure
    .input(RegenerateRecoveryCodesInput)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes({ ctx, input })),
});
