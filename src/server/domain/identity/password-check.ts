import "server-only";

import { verifyPassword } from "~/server/crypto/password";
import type { DbOrTx } from "~/server/db/client";
import { InvalidError, RateLimitedError } from "~/server/domain/errors";
import {
  attemptFailed,
  attemptSucceeded,
  PASSWORD_POLICY,
  passwordKey,
  SECOND_FACTOR_POLICY,
  secondFactorKey,
  takeAttempt,
} from "./attempt-throttle";
import { verifySecondFactor } from "./second-factor";
import { judgePassword, type PasswordOwner } from "~/shared/password-strength";

/**
 * A signed-in person re-entering their password (to change it, or to turn 2FA off) draws
 * on the same budget as sign-in: a stolen session cannot guess the password without limit.
 */
export async function checkPassword(
  db: DbOrTx,
  user: { email: string; passwordHash: string | null },
  password: string,
  field: string,
  now = new Date(),
) {
  const key = passwordKey(user.email);
  const slot = await takeAttempt(db, key, PASSWORD_POLICY, now);
  if (await verifyPassword(user.passwordHash, password)) {
    await attemptSucceeded(db, key);
    return;
  }
  const lockedUntil = await attemptFailed(db, key, PASSWORD_POLICY, slot, now);
  if (lockedUntil)
    throw new RateLimitedError(PASSWORD_POLICY.lockedMessage(lockedUntil), lockedUntil);
  const message =
    field === "currentPassword"
      ? "Your current password is not correct."
      : "Your password is not correct.";
  throw new InvalidError(message, { [field]: [message] });
}

/** The same for a code, on the account's second-factor budget. */
export async function checkSecondFactor(
  db: DbOrTx,
  user: { id: string; twoFactorSecret: string | null },
  code: string,
  wrongCodeMessage: string,
  now = new Date(),
) {
  const key = secondFactorKey(user.id);
  const slot = await takeAttempt(db, key, SECOND_FACTOR_POLICY, now);
  const method = await verifySecondFactor(db, user, code, now);
  if (method) {
    await attemptSucceeded(db, key);
    return method;
  }
  const lockedUntil = await attemptFailed(db, key, SECOND_FACTOR_POLICY, slot, now);
  if (lockedUntil)
    throw new RateLimitedError(SECOND_FACTOR_POLICY.lockedMessage(lockedUntil), lockedUntil);
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
