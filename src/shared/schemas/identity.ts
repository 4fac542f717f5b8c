import { z } from "zod";

import "./messages";

/** Shared by the identity forms and procedures: no server imports here. */

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.email({ error: "Enter a valid email address" }).max(254, { error: "That email is too long" }),
  );

/** Length is the only composition rule (NIST 800-63B); common passwords are refused on the server. */
export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters` });

/** A password being checked, not chosen: any length up to the maximum. */
const currentPasswordField = z
  .string()
  .min(1, { error: "Enter your password" })
  .max(PASSWORD_MAX, { error: "Email or password is incorrect" });

export const nameField = z
  .string()
  .trim()
  .min(1, { error: "Enter your name" })
  .max(80, { error: "Use at most 80 characters" });

export const signUpRoles = ["client", "freelancer"] as const;

export const SignUpInput = z.object({
  name: nameField,
  email: emailField,
  password: newPasswordField,
  role: z.enum(signUpRoles, { error: "Choose whether you are hiring or looking for work" }),
  /** The browser's time zone, sent by the form: the account's default (digests at 08:00 there). */
  timeZone: z.string().max(64).optional(),
});

export const SignInInput = z.object({
  email: emailField,
  password: currentPasswordField,
});

/** Where to go after signing in: checked again by `safeRedirectPath` on the server. */
const nextPath = z.string().max(500).optional();

export const SignInStepInput = SignInInput.extend({ next: nextPath });

/** A 6-digit authenticator code, or a recovery code like `ab12c-de34f`. */
export const secondFactorCode = z
  .string()
  .trim()
  .toLowerCase()
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(
    z.string().regex(/^(\d{6}|[a-z0-9]{5}-[a-z0-9]{5})$/, {
      error: "Enter the 6-digit code from your app, or a recovery code",
    }),
  );

export const SecondFactorInput = z.object({
  challenge: z.string().min(20).max(100),
  code: secondFactorCode,
});

export const SecondFactorStepInput = SecondFactorInput.extend({ next: nextPath });

export const TokenInput = z.object({ token: z.string().min(20).max(100) });

export const ForgotPasswordInput = z.object({ email: emailField });

export const ResetPasswordInput = z.object({
  token: z.string().min(20).max(100),
  password: newPasswordField,
});

export const ChangePasswordInput = z.object({
  currentPassword: currentPasswordField,
  newPassword: newPasswordField,
});

export const UpdateProfileInput = z.object({ name: nameField });

/** A 6-digit authenticator code only (no recovery code). */
const appCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "Enter the 6-digit code from your app" });

export const ConfirmTwoFactorInput = z.object({ code: appCode });

/** Proof for new recovery codes: the password, or a code from the app. */
export const RegenerateRecoveryCodesInput = z.discriminatedUnion("method", [
  z.object({ method: z.literal("password"), password: currentPasswordField }),
  z.object({ method: z.literal("totp"), code: appCode }),
]);

/** A new address for the account, with the current password as proof it is the owner asking. */
export const RequestEmailChangeInput = z.object({
  newEmail: emailField,
  password: currentPasswordField,
});

export const DisableTwoFactorInput = z.object({
  password: currentPasswordField,
  code: secondFactorCode,
});

export const RevokeSessionInput = z.object({ sessionId: z.string().min(1).max(100) });
