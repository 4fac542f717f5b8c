import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { completeSecondFactor } from "~/server/domain/identity/complete-second-factor";
import { confirmEmailChange } from "~/server/domain/identity/confirm-email-change";
import { requestPasswordReset, resetPassword } from "~/server/domain/identity/password-reset";
import { issueSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { signUp } from "~/server/domain/identity/sign-up";
import { verifyEmail } from "~/server/domain/identity/verify-email";
import {
  ForgotPasswordInput,
  ResetPasswordInput,
  SecondFactorStepInput,
  SignInStepInput,
  SignUpInput,
  TokenInput,
} from "~/shared/schemas/identity";
import { safeRedirectPath } from "~/shared/safe-redirect";
import { createTRPCRouter, limitedByInput, publicProcedure, type Context } from "../trpc";

/** Every auth.* call is limited per IP (see `limited`); these add a limit per target email. */
const perEmail = (policy: "signInAccount" | "passwordResetAccount") =>
  limitedByInput<{ email: string }>(policy, ({ email }) => `email:${email}`);

async function startSession(ctx: Context, ticket: string) {
  if (!ctx.startSession) throw new Error("A session can only start within an HTTP request.");
  await ctx.startSession(ticket);
}

/**
 * Signing up, signing in and the email-link flows; they need no session. Each sign-in step
 * runs the domain's checks, then turns the one-time ticket they issue into the session cookie.
 */
export const authRouter = createTRPCRouter({
  signUp: publicProcedure
    .input(SignUpInput)
    .use(perEmail("signInAccount"))
    .mutation(async ({ ctx, input }) => {
      const user = await signUp({ ctx, input });
      await startSession(ctx, await issueSignInTicket(ctx, user, "sign_up"));
      return { redirectTo: "/dashboard?welcome=1" };
    }),
  signIn: publicProcedure
    .input(SignInStepInput)
    .use(perEmail("signInAccount"))
    .mutation(async ({ ctx, input }) => {
      const step = await beginSignIn({ ctx, input });
      if (step.kind === "second_factor")
        return { step: "second_factor" as const, challenge: step.challenge };
      await startSession(ctx, step.ticket);
      return { step: "done" as const, redirectTo: safeRedirectPath(input.next) };
    }),
  secondFactor: publicProcedure.input(SecondFactorStepInput).mutation(async ({ ctx, input }) => {
    await startSession(ctx, await completeSecondFactor({ ctx, input }));
    return { redirectTo: safeRedirectPath(input.next) };
  }),

  verifyEmail: publicProcedure
    .input(TokenInput)
    .mutation(({ ctx, input }) => verifyEmail({ ctx, input })),
  // Signed in or not: the link itself is the proof (it went to the new address).
  confirmEmailChange: publicProcedure
    .input(TokenInput)
    .mutation(({ ctx, input }) => confirmEmailChange({ ctx, input })),
  requestPasswordReset: publicProcedure
    .input(ForgotPasswordInput)
    .use(perEmail("passwordResetAccount"))
    .mutation(({ ctx, input }) => requestPasswordReset({ ctx, input })),
  resetPassword: publicProcedure
    .input(ResetPasswordInput)
    .mutation(({ ctx, input }) => resetPassword({ ctx, input })),
});
