"use client";

import { useCallback, useState } from "react";

/**
 * An `Idempotency-Key` for one thing a person means to do (hire this freelancer, fund this
 * milestone): pass `trpc` to the mutation's options. A retry (a second click after a timeout,
 * a flaky network) sends the same key, so the server answers it as the first time rather than
 * doing it again; `renew` after success starts the next intent with a new key.
 */
export function useIdempotencyKey() {
  const [key, setKey] = useState(newKey);
  const renew = useCallback(() => setKey(newKey()), []);
  return { trpc: { context: { idempotencyKey: key } }, renew };
}

function newKey() {
  return crypto.randomUUID();
}

/** The key an operation carries in its context, if any. */
export function idempotencyKeyOf(op: { context: Record<string, unknown> }): string | null {
  const key = op.context.idempotencyKey;
  return typeof key === "string" ? key : null;
}
