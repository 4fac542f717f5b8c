import "server-only";

import { decode } from "next-auth/jwt";

import { env } from "~/env";
import type { DbOrTx } from "~/server/db/client";
import { authSecret } from "./secret";
import { loadSession, type Session } from "./session";

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

/** The claims inside a session cookie's JWT, or null when it is missing, tampered or expired. */
export async function sessionClaims(
  token: string | null,
): Promise<{ sid: string; sub: string | null } | null> {
  if (!token) return null;
  try {
    const claims = await decode({ token, secret: authSecret(), salt: SESSION_COOKIE });
    if (typeof claims?.sid !== "string") return null;
    return { sid: claims.sid, sub: typeof claims.sub === "string" ? claims.sub : null };
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

/** Who is making this request: the cookie's session, checked against its row. */
export async function sessionFromCookieHeader(
  db: DbOrTx,
  cookieHeader: string | null,
): Promise<Session | null> {
  const sessionId = await sessionIdFromToken(readCookie(cookieHeader, SESSION_COOKIE));
  return sessionId ? loadSession(db, sessionId) : null;
}
