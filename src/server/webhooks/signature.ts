import "server-only";

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const WEBHOOK_SECRET_PREFIX = "whsec_";

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function mintWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64url");
}

/** HMAC-SHA256 of `<timestamp>.<body>` under the secret (the whole string, prefix included). */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/**
 * The `Guild-Signature` header: `t=<unix seconds>,v1=<hex>`, with one `v1` per live secret
 * (two while a rotated-out secret still signs), so a receiver holding either one verifies.
 */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return [
    `t=${timestamp}`,
    ...secrets.map((s) => `v1=${webhookSignature(s, timestamp, body)}`),
  ].join(",");
}

/**
 * What a receiver does: true when one `v1` matches and the timestamp is within `toleranceS`
 * of `nowS` (a replayed old request fails). Used by the tests as a receiver would use it.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  body: string,
  { nowS = Math.floor(Date.now() / 1000), toleranceS = 300 } = {},
): boolean {
  const parts = header.split(",").map((part) => part.split("=", 2) as [string, string]);
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(nowS - timestamp) > toleranceS) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body), "hex");
  return parts.some(([key, value]) => {
    if (key !== "v1") return false;
    const given = Buffer.from(value, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
