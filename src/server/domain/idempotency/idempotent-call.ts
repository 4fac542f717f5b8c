import "server-only";

import { createHash } from "node:crypto";
import { and, eq, lt, or } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { idempotencyKeys } from "~/server/db/schema/idempotency";

/** How long an answer is kept for replay. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim older than this whose request never finished (the process died) may be taken over. */
const ABANDONED_MS = 5 * 60 * 1000;

export interface Answer {
  status: number;
  body: unknown;
}

export type IdempotentOutcome =
  | { kind: "ran"; answer: Answer }
  | { kind: "replayed"; answer: Answer }
  | { kind: "mismatch" }
  | { kind: "running" };

/** JSON with every object's keys sorted: the same body however its keys were ordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

/** A key is 1 to 255 visible ASCII characters (a UUID, say). */
export function isIdempotencyKey(key: string) {
  return /^[\x21-\x7e]{1,255}$/.test(key);
}

/** What makes two requests "the same": method, path and body. */
export function requestFingerprint(method: string, path: string, input: unknown) {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonical(input)}`)
    .digest("hex");
}

/**
 * Answers that say nothing about the request itself but about the moment or the credentials
 * (not signed, no scope yet, too many requests, our failure): not kept, so a retry once the
 * cause is gone runs for real.
 */
const notKept = (status: number) =>
  status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;

/**
 * Runs `run` once per (scope, key): the first request claims the key with one insert, so of
 * concurrent requests with one key exactly one runs; the others are told it is running, and
 * later ones get its stored answer. The same key with another request is a mismatch. An
 * answer about the moment rather than the request (see `notKept`) is not kept.
 */
export async function idempotentCall(
  db: DbOrTx,
  claim: { scope: string; key: string; fingerprint: string; now?: Date },
  run: () => Promise<Answer>,
): Promise<IdempotentOutcome> {
  const now = claim.now ?? new Date();
  const where = and(eq(idempotencyKeys.scope, claim.scope), eq(idempotencyKeys.key, claim.key));
  // An expired answer, or an abandoned claim, no longer holds the key.
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        where,
        or(
          lt(idempotencyKeys.expiresAt, now),
          and(
            eq(idempotencyKeys.state, "running"),
            lt(idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_MS)),
          ),
        ),
      ),
    );
  const [claimed] = await db
    .insert(idempotencyKeys)
    .values({
      scope: claim.scope,
      key: claim.key,
      fingerprint: claim.fingerprint,
      state: "running",
      createdAt: now,
      expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS),
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });

  if (!claimed) {
    const [held] = await db.select().from(idempotencyKeys).where(where).limit(1);
    if (!held) return { kind: "running" };
    if (held.fingerprint !== claim.fingerprint) return { kind: "mismatch" };
    if (held.state === "running") return { kind: "running" };
    return {
      kind: "replayed",
      answer: { status: held.status ?? 200, body: JSON.parse(held.body ?? "null") as unknown },
    };
  }

  let answer: Answer;
  try {
    answer = await run();
  } catch (error) {
    await db.delete(idempotencyKeys).where(where);
    throw error;
  }
  if (notKept(answer.status)) await db.delete(idempotencyKeys).where(where);
  else
    await db
      .update(idempotencyKeys)
      .set({ state: "done", status: answer.status, body: JSON.stringify(answer.body ?? null) })
      .where(where);
  return { kind: "ran", answer };
}
