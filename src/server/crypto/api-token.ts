import "server-only";

import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { crc32 } from "node:zlib";

import { derivedKey } from "./secret";

/**
 * Personal access tokens look like `guild_pat_<30 random base62><6 base62 checksum>`, the
 * shape secret scanners recognise: the fixed prefix names the issuer, and the CRC32 suffix
 * lets a scanner (or this server) tell a real token from a random string without a lookup.
 * The random part carries 178 bits; the server stores only an HMAC of the whole token.
 */
export const API_TOKEN_PREFIX = "guild_pat_";
const BODY_LENGTH = 30;
const CHECKSUM_LENGTH = 6;
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const SHAPE = new RegExp(`^${API_TOKEN_PREFIX}[0-9A-Za-z]{${BODY_LENGTH + CHECKSUM_LENGTH}}$`);

function base62(value: number, length: number): string {
  let out = "";
  for (let rest = value; out.length < length; rest = Math.floor(rest / 62)) {
    out = ALPHABET[rest % 62]! + out;
  }
  return out;
}

function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length)) {
      // 248 = 4 × 62: dropping the top bytes keeps every character equally likely.
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

const checksumOf = (body: string) => base62(crc32(body), CHECKSUM_LENGTH);

/** A new token, and the part of it lists show (`guild_pat_` and four characters). */
export function mintApiToken(): { token: string; prefix: string } {
  const body = randomBase62(BODY_LENGTH);
  const token = `${API_TOKEN_PREFIX}${body}${checksumOf(body)}`;
  return { token, prefix: token.slice(0, API_TOKEN_PREFIX.length + 4) };
}

/** Whether a string has a token's shape and a checksum that matches: no database needed. */
export function looksLikeApiToken(candidate: string): boolean {
  if (!SHAPE.test(candidate)) return false;
  const body = candidate.slice(API_TOKEN_PREFIX.length, API_TOKEN_PREFIX.length + BODY_LENGTH);
  const checksum = candidate.slice(API_TOKEN_PREFIX.length + BODY_LENGTH);
  return timingSafeEqual(Buffer.from(checksum), Buffer.from(checksumOf(body)));
}

/** The keyed hash stored for a token: without AUTH_SECRET a leaked table is useless. */
export function apiTokenHash(token: string): string {
  return createHmac("sha256", derivedKey("api-token")).update(token).digest("hex");
}
