import "server-only";

import { verifyPassword } from "~/server/crypto/password";
import type { DomainContext } from "~/server/domain/context";
import { InvalidError } from "~/server/domain/errors";
import {
  PASSWORD_POLICY,
  passwordKey,
  SECOND_FACTOR_POLICY,
  secondFactorKey,
  throttledAttempt,
} from "./attempt-throttle";
import { verifySecondFactor } from "./second-factor";
import { judgePassword, type PasswordOwner } from "~/shared/password-strength";

/**
 * A signed-in person re-entering their password (to change it, or to turn 2FA off) draws
 * on the same budget as sign-in: a stolen session cannot guess the password without limit.
 */
export async function checkPassword(
  ctx: DomainContext,
  user: { email: string; passwordHash: string | null },
  password: string,
  field: string,
  now = new Date(),
) {
  const ok = await throttledAttempt(
    ctx,
    { key: passwordKey(user.email), policy: PASSWORD_POLICY, now },
    async () => ((await verifyPassword(user.passwordHash, password)) ? true : null),
  );
  if (ok) return;
  const message =
    field === "currentPassword"
      ? "Your current password is not correct."
      : "Your password is not correct.";
  throw new InvalidError(message, { [field]: [message] });
}

/** The same for a code, on the account's second-factor budget. */
export async function checkSecondFactor(
  ctx: DomainContext,
  user: { id: string; twoFactorSecret: string | null },
  code: string,
  wrongCodeMessage: string,
  now = new Date(),
) {
  const method = await throttledAttempt(
    ctx,
    { key: secondFactorKey(user.id), policy: SECOND_FACTOR_POLICY, now },
    () => verifySecondFactor(ctx.db, user, code, now),
  );
  if (method) return method;
  throw new InvalidError(wrongCodeMessage, { code: [wrongCodeMessage] });
}

/**
 * A new password (sign-up, change, reset) must be hard to guess: zxcvbn's score of at least 3,
 * with the person's name and email among the words it tries first. Length (12-128) is the
 * schema's rule. The refusal is zxcvbn's warning and its most useful suggestion.
 */
export function assertStrongPassword(password: string, owner: PasswordOwner, field: string) {
  const verdict = judgePassword(password, owner);
  if (!verdict.strong) throw new InvalidError(verdict.message, { [field]: [verdict.message] });
}
