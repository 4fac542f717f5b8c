import { requestPasswordReset, resetPassword } from "~/server/domain/identity/password-reset";
import { verifyEmail } from "~/server/domain/identity/verify-email";
import { ForgotPasswordInput, ResetPasswordInput, TokenInput } from "~/shared/schemas/identity";
import { createTRPCRouter, limitedByInput, publicProcedure } from "../trpc";

/** The email-link flows; they need no session. Sign-in itself lives in server actions (it sets cookies). */
export const authRouter = createTRPCRouter({
  verifyEmail: publicProcedure
    .input(TokenInput)
    .mutation(({ ctx, input }) => verifyEmail({ ctx, input })),
  requestPasswordReset: publicProcedure
    .input(ForgotPasswordInput)
    .use(limitedByInput<{ email: string }>("passwordResetAccount", ({ email }) => `email:${email}`))
    .mutation(({ ctx, input }) => requestPasswordReset({ ctx, input })),
  resetPassword: publicProcedure
    .input(ResetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword({ ctx, input })),
});
