import "server-only";

import { isCommonPassword, verifyPassword } from "~/server/crypto/password";
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

const COMMON_PASSWORD_MESSAGE =
  "This password is one of the most common ones and easy to guess. Choose another.";

/** A new password must not be among the 10,000 most common ones (sign-up, change, reset). */
export function assertUncommonPassword(password: string, field: string) {
  if (isCommonPassword(password)) {
    throw new InvalidError(COMMON_PASSWORD_MESSAGE, { [field]: [COMMON_PASSWORD_MESSAGE] });
  }
}
