import { z } from "zod";

import { PASSWORD_MAX, secondFactorCode } from "./identity";
import "./messages";

/** Shared by Account → Your data and its procedures: no server imports here. */

/** How often a person may ask for a copy of their data. */
export const EXPORT_INTERVAL_HOURS = 24;
/** How long a finished archive can be downloaded. */
export const EXPORT_KEEP_DAYS = 7;

/** Deleting an account asks for the password again, and a code when 2FA is on. */
export const DeleteAccountInput = z.object({
  password: z
    .string()
    .min(1, { error: "Enter your password" })
    .max(PASSWORD_MAX, { error: "Your password is not correct." }),
  code: z
    .string()
    .trim()
    .transform((code) => (code === "" ? undefined : code))
    .pipe(secondFactorCode.optional())
    .optional(),
});
