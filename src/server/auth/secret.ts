import "server-only";

import { hkdfSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { env } from "~/env";

/**
 * The key that signs session cookies and encrypts TOTP secrets. Production refuses to start
 * without AUTH_SECRET (src/env.js). Development and the demo mode never use a secret anyone
 * else knows: on first start they generate a random one and keep it in a file beside the
 * embedded database, so sessions survive restarts. Tests on an in-memory database keep theirs
 * in memory for the process.
 */
let generated: string | null = null;

/** Where a generated secret lives: beside a `file:` database, else in `./data`. */
export function generatedSecretFile(databaseUrl = env.DATABASE_URL): string | null {
  if (!databaseUrl.startsWith("file:")) return path.resolve("data", "auth-secret");
  const file = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  if (file === "" || file === ":memory:") return null;
  return path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), "auth-secret");
}

function readOrCreateSecret(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx`: of two processes starting at once, one writes and the other reads what it wrote.
    writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret: delete it to make one`);
  return secret;
}

export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (generated === null) {
    const file = generatedSecretFile();
    generated = file ? readOrCreateSecret(file) : randomBytes(48).toString("base64url");
  }
  return generated;
}

/** A 32-byte key for one purpose, derived from the auth secret (HKDF-SHA256). */
export function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "guild", purpose, 32));
}
