import "server-only";

import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

import { derivedKey } from "~/server/crypto/secret";

// Its own key: a leaked TOTP key (or any other purpose's) opens no signing secret.
const PURPOSE = "webhook-signing-secret";

/** AES-256-GCM under a key derived from AUTH_SECRET: `iv.tag.ciphertext`, base64url. */
export function sealWebhookSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(PURPOSE), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function openWebhookSecret(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("Malformed sealed webhook secret");
  const decipher = createDecipheriv("aes-256-gcm", derivedKey(PURPOSE), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
