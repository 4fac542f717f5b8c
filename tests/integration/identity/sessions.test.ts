import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { authSecret } from "~/server/crypto/secret";
import {
  loadSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "~/server/domain/identity/session-rows";
import {
  SESSION_COOKIE,
  personFromCookieHeader,
  sessionIdFromToken,
} from "~/server/auth/session-cookie";
import type { Database } from "~/server/db/client";
import { userSessions } from "~/server/db/schema/auth";
import { publicSessionId } from "~/server/domain/identity/sessions";
import { callerFor } from "../../helpers/caller";
import { PASSWORD, registerUser, signInFully } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** A session cookie exactly as NextAuth mints it. */
function cookieFor(sid: string, maxAgeSeconds = 3600) {
  return encode({
    token: { sub: "x", sid },
    secret: authSecret(),
    salt: SESSION_COOKIE,
    maxAge: maxAgeSeconds,
  });
}

describe("the session cookie", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a valid cookie resolves to its session", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    const cookie = `other=1; ${SESSION_COOKIE}=${await cookieFor(session.sessionId)}`;
    expect((await personFromCookieHeader(db, cookie))?.id).toBe(user.id);
  });

  it("a tampered cookie is refused", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    const token = await cookieFor(session.sessionId);
    const flipped = token.slice(0, -6) + (token.at(-6) === "A" ? "B" : "A") + token.slice(-5);
    expect(await sessionIdFromToken(flipped)).toBeNull();
    expect(await sessionIdFromToken("not-a-jwt")).toBeNull();
    const forged = await encode({
      token: { sid: session.sessionId },
      secret: "someone else's secret that is long",
      salt: SESSION_COOKIE,
    });
    expect(await sessionIdFromToken(forged)).toBeNull();
  });

  it("an expired cookie is refused", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    // Auth.js allows 15 s of clock skew; a minute past expiry is refused.
    expect(await sessionIdFromToken(await cookieFor(session.sessionId, -60))).toBeNull();
  });

  it("a cookie whose claims are remembered is still refused once it expires", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    const token = await cookieFor(session.sessionId, 60);
    expect(await sessionIdFromToken(token)).toBe(session.sessionId);
    vi.useFakeTimers({ toFake: ["Date"] });
    // Past its expiry and Auth.js's 15 s of clock skew.
    vi.setSystemTime(Date.now() + 76_000);
    expect(await sessionIdFromToken(token)).toBeNull();
  });

  it("a revoked session is refused on its very next request", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    const cookie = `${SESSION_COOKIE}=${await cookieFor(session.sessionId)}`;
    // Resolved once first, so its decrypted claims are remembered: the row still decides.
    expect((await personFromCookieHeader(db, cookie))?.id).toBe(user.id);
    await callerFor(db, session).account.revokeSession({
      sessionId: publicSessionId(session.sessionId),
    });
    expect(await personFromCookieHeader(db, cookie)).toBeNull();
  });
});

describe("session lifetime", () => {
  it("ends after 7 days without use and after 30 days in all", async () => {
    const user = await registerUser(db);
    const idle = await signInFully(db, user.email);
    const now = Date.now();
    expect(
      await loadSession(db, idle.sessionId, new Date(now + SESSION_IDLE_MS - 60_000)),
    ).not.toBeNull();
    // That read refreshed last-seen; 7 days of silence after it ends the session.
    expect(await loadSession(db, idle.sessionId, new Date(now + 2 * SESSION_IDLE_MS))).toBeNull();

    const busy = await signInFully(db, user.email);
    for (let day = 5; day < 30; day += 5) {
      expect(
        await loadSession(db, busy.sessionId, new Date(now + day * 86_400_000)),
      ).not.toBeNull();
    }
    expect(
      await loadSession(db, busy.sessionId, new Date(now + SESSION_ABSOLUTE_MS + 1000)),
    ).toBeNull();
    const [row] = await db.select().from(userSessions).where(eq(userSessions.id, busy.sessionId));
    expect(row?.revokedReason).toBe("expired");
  });

  it("reads role, status and name from the database, not from the cookie", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    await db.run(sql`update users set name = 'Renamed' where id = ${user.id}`);
    expect((await loadSession(db, session.sessionId))?.name).toBe("Renamed");
  });
});

describe("managing sessions", () => {
  it("lists only my sessions and marks this device", async () => {
    const me = await registerUser(db);
    const other = await registerUser(db);
    const here = await signInFully(db, me.email);
    await signInFully(db, me.email);
    await signInFully(db, other.email);
    const list = await callerFor(db, here).account.sessions();
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current).map((s) => s.id)).toEqual([
      publicSessionId(here.sessionId),
    ]);
    // The real session ids, as good as cookies, never leave the server.
    expect(list.map((s) => s.id)).not.toContain(here.sessionId);
    expect(list.every((s) => s.ip === "203.0.113.7" && s.userAgent === "vitest")).toBe(true);
  });

  it("another user cannot see or revoke my session: NOT_FOUND, and it stays alive", async () => {
    const me = await registerUser(db);
    const mallory = await registerUser(db);
    const mine = await signInFully(db, me.email);
    const theirs = await signInFully(db, mallory.email);
    await expect(
      callerFor(db, theirs).account.revokeSession({ sessionId: publicSessionId(mine.sessionId) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await loadSession(db, mine.sessionId)).not.toBeNull();
  });

  it("'sign out of all other devices' keeps only this one", async () => {
    const user = await registerUser(db);
    const here = await signInFully(db, user.email);
    const phone = await signInFully(db, user.email);
    const laptop = await signInFully(db, user.email);
    await expect(callerFor(db, here).account.revokeOtherSessions()).resolves.toEqual({
      revoked: 2,
    });
    expect(await loadSession(db, phone.sessionId)).toBeNull();
    expect(await loadSession(db, laptop.sessionId)).toBeNull();
    expect(await loadSession(db, here.sessionId)).not.toBeNull();
  });

  it("changing the password needs the current one and signs out the other devices", async () => {
    const user = await registerUser(db);
    const here = await signInFully(db, user.email);
    const other = await signInFully(db, user.email);
    const api = callerFor(db, here);
    await expect(
      api.account.changePassword({
        currentPassword: "not my password",
        newPassword: "a fresh passphrase here",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await loadSession(db, other.sessionId)).not.toBeNull();

    await expect(
      api.account.changePassword({
        currentPassword: PASSWORD,
        newPassword: "a fresh passphrase here",
      }),
    ).resolves.toEqual({ otherSessionsRevoked: 1 });
    expect(await loadSession(db, other.sessionId)).toBeNull();
    expect(await loadSession(db, here.sessionId)).not.toBeNull();
    await expect(signInFully(db, user.email, "a fresh passphrase here")).resolves.toBeDefined();
  });

  it("shows me my own security events, and nobody else's", async () => {
    const me = await registerUser(db);
    const other = await registerUser(db);
    const session = await signInFully(db, me.email);
    await signInFully(db, other.email);
    const events = await callerFor(db, session).account.securityEvents();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["sign_in.succeeded", "user.signed_up"]),
    );
    const otherSession = await signInFully(db, other.email);
    const theirs = await callerFor(db, otherSession).account.securityEvents();
    const mine = new Set(events.map((e) => e.id));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.filter((e) => mine.has(e.id))).toEqual([]);
  });
});

describe("the audit trail", () => {
  it("is append-only: updates and deletes are refused by the database", async () => {
    await registerUser(db);
    await expect(db.run(sql`update audit_events set action = 'tampered'`)).rejects.toThrow();
    await expect(db.run(sql`delete from audit_events`)).rejects.toThrow();
    const [row] = await db.all<{ n: number }>(
      sql`select count(*) as n from audit_events where action = 'tampered'`,
    );
    expect(row?.n).toBe(0);
  });
});
