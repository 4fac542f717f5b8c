import "server-only";

import { and, eq, isNull, lt, or } from "drizzle-orm";

import { matchTotpStep } from "~/server/crypto/totp";
import { decryptSecret, hashToken } from "~/server/crypto/tokens";
import type { DbOrTx } from "~/server/db/client";
import { recoveryCodes } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";

/**
 * Checks a second factor: a TOTP code (each time step accepted once) or an unused recovery
 * code (spent by this check). Returns how it was satisfied, or null.
 */
export async function verifySecondFactor(
  db: DbOrTx,
  user: { id: string; twoFactorSecret: string | null },
  code: string,
  now = new Date(),
): Promise<"totp" | "recovery_code" | null> {
  if (!user.twoFactorSecret) return null;

  if (/^\d{6}$/.test(code)) {
    const step = matchTotpStep(decryptSecret(user.twoFactorSecret), code, now.getTime());
    if (step === null) return null;
    // Replay guard in the same statement as the check: a step at or before the last accepted one loses.
    const [accepted] = await db
      .update(users)
      .set({ twoFactorLastStep: step })
      .where(
        and(
          eq(users.id, user.id),
          or(isNull(users.twoFactorLastStep), lt(users.twoFactorLastStep, step)),
        ),
      )
      .returning({ id: users.id });
    return accepted ? "totp" : null;
  }

  const [spent] = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCodes.userId, user.id),
        eq(recoveryCodes.codeHash, hashToken(code)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ codeHash: recoveryCodes.codeHash });
  return spent ? "recovery_code" : null;
}
