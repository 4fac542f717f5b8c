import "server-only";

import { and, eq, isNull, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { attemptThrottles } from "~/server/db/schema/auth";
import { type DomainContext, withTransaction } from "~/server/domain/context";
import { RateLimitedError } from "~/server/domain/errors";

export interface ThrottlePolicy {
  maxFailures: number;
  lockMs: number;
  lockedMessage: (until: Date) => string;
}

const utcTime = (date: Date) => date.toISOString().slice(11, 16);

/** Passwords, at sign-in and wherever a signed-in person re-enters theirs. */
export const PASSWORD_POLICY: ThrottlePolicy = {
  maxFailures: 5,
  lockMs: 15 * 60 * 1000,
  lockedMessage: (until) =>
    `Too many failed sign-in attempts. For your security this account is locked until ${utcTime(until)} UTC; try again then, or reset your password.`,
};

/** Authenticator and recovery codes, per account. */
export const SECOND_FACTOR_POLICY: ThrottlePolicy = {
  maxFailures: 10,
  lockMs: 15 * 60 * 1000,
  lockedMessage: (until) =>
    `Too many wrong codes for this account. Try again after ${utcTime(until)} UTC.`,
};

export const passwordKey = (email: string) => `sign_in:${email}`;
export const secondFactorKey = (userId: string) => `second_factor:${userId}`;

/**
 * Takes an attempt's slot before the attempt is checked: the attempt counts as a failure
 * until it succeeds. Parallel guesses therefore each take a slot, and those beyond the
 * limit are refused without being checked. An expired lock starts the count again.
 */
export async function takeAttempt(db: DbOrTx, key: string, policy: ThrottlePolicy, now: Date) {
  const nowMs = now.getTime();
  const expired = sql`${attemptThrottles.lockedUntil} is not null and ${attemptThrottles.lockedUntil} <= ${nowMs}`;
  const [row] = await db
    .insert(attemptThrottles)
    .values({ key, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: attemptThrottles.key,
      // Both expressions read the row as it was before this statement.
      set: {
        failures: sql`case when ${expired} then 1 else ${attemptThrottles.failures} + 1 end`,
        lockedUntil: sql`case when ${expired} then null else ${attemptThrottles.lockedUntil} end`,
        updatedAt: now,
      },
    })
    .returning();
  if (!row) throw new Error(`attempt throttle for ${key} returned no row`);
  if (row.lockedUntil && row.lockedUntil > now) {
    throw new RateLimitedError(policy.lockedMessage(row.lockedUntil), row.lockedUntil);
  }
  if (row.failures > policy.maxFailures) {
    // Attempts still in flight spent the budget: lock now, as the last of them will.
    const until = await lock(db, key, policy, now);
    throw new RateLimitedError(policy.lockedMessage(until), until);
  }
  return row.failures;
}

/** The attempt holding slot `slot` failed: the one that used the last slot locks the key. */
export async function attemptFailed(
  db: DbOrTx,
  key: string,
  policy: ThrottlePolicy,
  slot: number,
  now: Date,
) {
  return slot >= policy.maxFailures ? lock(db, key, policy, now) : null;
}

/**
 * One guess at a throttled secret (a password, a code), the whole sequence in one place: the
 * guess takes its slot before it is checked (so parallel guesses cannot exceed the budget);
 * `attempt` answers a value or null for a wrong guess; a success starts the count again; a
 * failure is recorded (`onFailure` runs in the same transaction, for audit events) and, if it
 * used the last slot, locks the key and throws RateLimitedError saying until when. A plain
 * failure answers null: the caller throws its own, specific refusal.
 */
export async function throttledAttempt<T>(
  ctx: DomainContext,
  throttle: { key: string; policy: ThrottlePolicy; now: Date },
  attempt: () => Promise<T | null>,
  onFailure?: (tx: DomainContext, lockedUntil: Date | null) => Promise<void>,
): Promise<T | null> {
  const { key, policy, now } = throttle;
  const slot = await takeAttempt(ctx.db, key, policy, now);
  const value = await attempt();
  if (value !== null) {
    await attemptSucceeded(ctx.db, key);
    return value;
  }
  const lockedUntil = await withTransaction(ctx, async (tx) => {
    const until = await attemptFailed(tx.db, key, policy, slot, now);
    await onFailure?.(tx, until);
    return until;
  });
  if (lockedUntil) throw new RateLimitedError(policy.lockedMessage(lockedUntil), lockedUntil);
  return null;
}

/** A success: the count of consecutive failures starts again. */
export async function attemptSucceeded(db: DbOrTx, key: string) {
  await db.delete(attemptThrottles).where(eq(attemptThrottles.key, key));
}

async function lock(db: DbOrTx, key: string, policy: ThrottlePolicy, now: Date) {
  const until = new Date(now.getTime() + policy.lockMs);
  const [locked] = await db
    .update(attemptThrottles)
    .set({ failures: 0, lockedUntil: until })
    .where(and(eq(attemptThrottles.key, key), isNull(attemptThrottles.lockedUntil)))
    .returning({ lockedUntil: attemptThrottles.lockedUntil });
  if (locked?.lockedUntil) return locked.lockedUntil;
  // Another attempt locked it first: report that lock's end.
  const [current] = await db
    .select()
    .from(attemptThrottles)
    .where(eq(attemptThrottles.key, key))
    .limit(1);
  return current?.lockedUntil ?? until;
}

/** Ends a key's lock and count (a password reset unlocks the account). */
export const clearAttempts = attemptSucceeded;
