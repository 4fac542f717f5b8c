import "server-only";

import { decode } from "next-auth/jwt";

import { env } from "~/env";
import type { DbOrTx } from "~/server/db/client";
import { authSecret } from "~/server/crypto/secret";
import type { PersonActor } from "~/server/domain/actor";
import { loadSession } from "~/server/domain/identity/session-rows";

/**
 * The session cookie is Secure (and `__Host-` prefixed, so no subdomain can set it) when
 * the app is served over https; httpOnly and SameSite=Lax always.
 */
export const secureCookies = env.APP_URL?.startsWith("https://") ?? false;
export const SESSION_COOKIE = secureCookies ? "__Host-guild.session" : "guild.session";

function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodedOrNull(part.slice(separator + 1).trim());
    }
  }
  return null;
}

/** A cookie whose value is not valid percent-encoding is no cookie at all, never an error. */
function decodedOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

interface Claims {
  sid: string;
  sub: string | null;
}

/**
 * Decrypting a cookie's JWT (HKDF key derivation, then AES-CBC and an HMAC) is a millisecond
 * of CPU on every signed-in request, for a token that is the same on each of them. Tokens that
 * decrypted are remembered until their `exp`; the session row is still read on every request,
 * so a revoked session stops at once. Only tokens that decrypted are kept, so junk cookies
 * cannot fill the cache, and the oldest entry goes first when it is full.
 */
const decoded = new Map<string, Claims & { expiresAt: number }>();
const DECODED_MAX = 5_000;

function remembered(token: string): Claims | null {
  const entry = decoded.get(token);
  if (!entry) return null;
  if (entry.expiresAt > Date.now()) return entry;
  decoded.delete(token);
  return null;
}

/** The claims inside a session cookie's JWT, or null when it is missing, tampered or expired. */
export async function sessionClaims(token: string | null): Promise<Claims | null> {
  if (!token) return null;
  const known = remembered(token);
  if (known) return { sid: known.sid, sub: known.sub };
  try {
    const claims = await decode({ token, secret: authSecret(), salt: SESSION_COOKIE });
    if (typeof claims?.sid !== "string") return null;
    const result = { sid: claims.sid, sub: typeof claims.sub === "string" ? claims.sub : null };
    if (typeof claims.exp === "number" && claims.exp * 1000 > Date.now()) {
      if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
      decoded.set(token, { ...result, expiresAt: claims.exp * 1000 });
    }
    return result;
  } catch {
    return null;
  }
}

/** The `sid` inside a session cookie's JWT, or null when it is missing, tampered or expired. */
export async function sessionIdFromToken(token: string | null): Promise<string | null> {
  return (await sessionClaims(token))?.sid ?? null;
}

/** The session cookie's value in a Cookie header. */
export function sessionToken(cookieHeader: string | null): string | null {
  return readCookie(cookieHeader, SESSION_COOKIE);
}

/** Who is making this request: the person whose session the cookie names, checked against its row. */
export async function personFromCookieHeader(
  db: DbOrTx,
  cookieHeader: string | null,
): Promise<PersonActor | null> {
  const sessionId = await sessionIdFromToken(readCookie(cookieHeader, SESSION_COOKIE));
  return sessionId ? loadSession(db, sessionId) : null;
}
