"use client";

import { useEffect, useState } from "react";
import type { ZodType } from "zod";

import type * as PasswordJudge from "~/shared/password-strength";
import type { PasswordOwner, PasswordVerdict } from "~/shared/password-strength";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/shared/schemas/identity";

let judge: Promise<typeof PasswordJudge> | undefined;

/**
 * Loads the judge (zxcvbn and its dictionaries, ~0.8 MB gzipped) on first use only: no page
 * carries it in its first load. Call it when a password field gets focus, so it is usually
 * there by the first keystroke.
 */
export function preparePasswordJudge() {
  judge ??= import("~/shared/password-strength").catch((error: unknown) => {
    judge = undefined;
    throw error;
  });
  return judge;
}

export type PasswordStrength =
  | { kind: "empty" }
  | { kind: "length"; message: string }
  | { kind: "checking" }
  | { kind: "unavailable" }
  /** `fresh`: judged for exactly the password typed now (not the one before the last keystroke). */
  | { kind: "judged"; verdict: PasswordVerdict; fresh: boolean };

const DEBOUNCE_MS = 250;

/**
 * How strong `password` is, judged as the server will judge it (same module, same
 * dictionaries), a moment after the person stops typing. Length comes first: zxcvbn only
 * speaks once the password is long enough to be allowed at all.
 */
export function usePasswordStrength(password: string, owner: PasswordOwner): PasswordStrength {
  const [judged, setJudged] = useState<{ password: string; verdict: PasswordVerdict } | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const tooShort = password.length < PASSWORD_MIN;
  const tooLong = password.length > PASSWORD_MAX;
  const { name, email } = owner;

  useEffect(() => {
    if (tooShort || tooLong) return;
    let current = true;
    const timer = setTimeout(() => {
      preparePasswordJudge().then(
        ({ judgePassword }) => {
          if (current) setJudged({ password, verdict: judgePassword(password, { name, email }) });
        },
        () => {
          if (current) setUnavailable(true);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, name, email, tooShort, tooLong]);

  if (!password) return { kind: "empty" };
  if (tooShort) {
    const missing = PASSWORD_MIN - password.length;
    return {
      kind: "length",
      message: `Too short: ${missing} more character${missing === 1 ? "" : "s"}.`,
    };
  }
  if (tooLong)
    return { kind: "length", message: `Too long: use at most ${PASSWORD_MAX} characters.` };
  // While a new judgement is on its way the last one stays up: the text does not flicker.
  if (judged)
    return { kind: "judged", verdict: judged.verdict, fresh: judged.password === password };
  return unavailable ? { kind: "unavailable" } : { kind: "checking" };
}

/**
 * The refusal the server would give, when the judge already knows this exact password is weak:
 * the form shows it at once instead of spending a request (sign-up's are limited per email).
 */
export function weakPasswordMessage(strength: PasswordStrength) {
  return strength.kind === "judged" && strength.fresh && !strength.verdict.strong
    ? strength.verdict.message
    : null;
}

/** `schema`, refusing `field` with the judge's advice when it already knows the password is weak. */
export function refusingWeak<T>(
  schema: ZodType<T>,
  field: string,
  strength: PasswordStrength,
): ZodType<T> {
  const message = weakPasswordMessage(strength);
  return message ? schema.refine(() => false, { path: [field], message }) : schema;
}
