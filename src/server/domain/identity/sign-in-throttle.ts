import "server-only";

import { eq, sql } from "drizzle-orm";

import { signInThrottles } from "~/server/db/schema/auth";
import type { DbOrTx } from "~/server/db/client";
import { RateLimitedError } from "~/server/domain/errors";

export const MAX_CONSECUTIVE_FAILURES = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

function lockedMessage(until: Date) {
  const time = until.toISOString().slice(11, 16);
  return `Too many failed sign-in attempts. For your security this account is locked until ${time} UTC; try again then, or reset your password.`;
}

/** Refuses a sign-in for an email that is locked out, whether or not an account has it. */
export async function assertNotLocked(db: DbOrTx, email: string, now: Date) {
  const [row] = await db
    .select()
    .from(signInThrottles)
    .where(eq(signInThrottles.email, email))
    .limit(1);
  if (row?.lockedUntil && row.lockedUntil > now)
    throw new RateLimitedError(lockedMessage(row.lockedUntil), row.lockedUntil);
}

/**
 * Counts one more consecutive failure, atomically; the fifth locks the email for 15
 * minutes and starts the count again. Returns the lock's end when this failure set it.
 */
export async function recordFailure(db: DbOrTx, email: string, now: Date): Promise<Date | null> {
  const [row] = await db
    .insert(signInThrottles)
    .values({ email, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottles.email,
      set: { failures: sql`${signInThrottles.failures} + 1`, updatedAt: now },
    })
    .returning();
  if (!row || row.failures < MAX_CONSECUTIVE_FAILURES) return null;
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
  await db
    .update(signInThrottles)
    .set({ failures: 0, lockedUntil })
    .where(eq(signInThrottles.email, email));
  return lockedUntil;
}

export async function clearFailures(db: DbOrTx, email: string) {
  await db.delete(signInThrottles).where(eq(signInThrottles.email, email));
}

export { lockedMessage };
