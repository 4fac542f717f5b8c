import "server-only";

import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";

import { hashToken } from "~/server/crypto/tokens";
import type { DbOrTx } from "~/server/db/client";
import { recoveryCodes } from "~/server/db/schema/auth";

export const RECOVERY_CODE_COUNT = 10;
export const WRONG_CODE =
  "That code doesn't match. Check the time on your phone and try the current code.";

/** `ab12c-de34f`: 50 bits from a 32-letter alphabet without look-alikes. */
function newRecoveryCode() {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  const letters = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

/**
 * A fresh set of recovery codes replacing every earlier one, used or not. Only their hashes
 * are stored: the codes returned here are shown once and exist nowhere else.
 */
export async function replaceRecoveryCodes(db: DbOrTx, userId: string, now: Date) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ codeHash: hashToken(code), userId, createdAt: now })));
  return codes;
}
