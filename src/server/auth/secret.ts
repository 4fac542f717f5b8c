import "server-only";

import { hkdfSync } from "node:crypto";

import { env } from "~/env";

/**
 * Development, tests and the explicit demo mode share a fixed, public secret so sessions
 * survive restarts; production refuses to start without AUTH_SECRET (src/env.js). Every
 * session is also bound to a random row id, so a known secret alone forges nothing.
 */
const DEVELOPMENT_SECRET = "guild-development-secret-never-use-in-production-0123456789";

export function authSecret(): string {
  return env.AUTH_SECRET ?? DEVELOPMENT_SECRET;
}

/** A 32-byte key for one purpose, derived from the auth secret (HKDF-SHA256). */
export function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "guild", purpose, 32));
}
