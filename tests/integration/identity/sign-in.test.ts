import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { loadSession } from "~/server/domain/identity/session-rows";
import type { Database } from "~/server/db/client";
import { attemptThrottles, auditEvents } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { PASSWORD_POLICY } from "~/server/domain/identity/attempt-throttle";
import { beginSignIn, INVALID_CREDENTIALS } from "~/server/domain/identity/begin-sign-in";
import { redeemSignInTicket, SUSPENDED_MESSAGE } from "~/server/domain/identity/sign-in-ticket";
import { domainCtx, PASSWORD, registerUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

async function attempt(email: string, password: string, now = new Date()) {
  return beginSignIn({ ctx: domainCtx(db), input: { email, password }, now }).catch(
    (error: unknown) => error,
  );
}

describe("sign-in", () => {
  it("a correct password yields a one-time ticket that opens a session bound to a row", async () => {
    const user = await registerUser(db);
    const step = await beginSignIn({
      ctx: domainCtx(db),
      input: { email: user.email, password: PASSWORD },
    });
    expect(step.kind).toBe("ticket");
    const ticket = step.kind === "ticket" ? step.ticket : "";

    const redeemed = await redeemSignInTicket(domainCtx(db), ticket);
    expect(redeemed).toMatchObject({ id: user.id, email: user.email });
    const session = await loadSession(db, redeemed!.sessionId);
    expect(session).toMatchObject({
      id: user.id,
      role: "client",
      status: "active",
      emailVerified: false,
    });
    // The ticket is single-use.
    expect(await redeemSignInTicket(domainCtx(db), ticket)).toBeNull();

    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "sign_in.succeeded"));
    expect(event).toMatchObject({
      actorId: user.id,
      ip: "203.0.113.7",
      userAgent: "vitest",
      detail: { method: "password" },
    });
  });

  it("an expired ticket opens nothing", async () => {
    const user = await registerUser(db);
    const issued = new Date(Date.now() - 2 * 60 * 1000);
    const step = await beginSignIn({
      ctx: domainCtx(db),
      input: { email: user.email, password: PASSWORD },
      now: issued,
    });
    expect(
      await redeemSignInTicket(domainCtx(db), step.kind === "ticket" ? step.ticket : ""),
    ).toBeNull();
  });

  it("answers an unknown email and a wrong password with the same error and message", async () => {
    const user = await registerUser(db);
    const unknown = await attempt("no-such-person@guild.test", PASSWORD);
    const wrong = await attempt(user.email, "not the right password");
    for (const error of [unknown, wrong]) {
      expect(error).toMatchObject({ kind: "unauthenticated", message: INVALID_CREDENTIALS });
    }
    expect(Object.getPrototypeOf(unknown)).toBe(Object.getPrototypeOf(wrong));

    const failures = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "sign_in.failed"));
    expect(failures.map((f) => (f.detail as { reason: string }).reason)).toEqual(
      expect.arrayContaining(["unknown_email", "wrong_password"]),
    );
  });

  it("locks an account for 15 minutes after 5 consecutive failures, then lets it in again", async () => {
    const user = await registerUser(db);
    const start = new Date();
    for (let i = 0; i < 4; i++) {
      expect(await attempt(user.email, "wrong password!")).toMatchObject({
        kind: "unauthenticated",
      });
    }
    const fifth = await attempt(user.email, "wrong password!", start);
    expect(fifth).toMatchObject({ kind: "rate_limited" });
    const retryAt = (fifth as { retryAt: Date }).retryAt;
    expect(retryAt.getTime()).toBe(start.getTime() + PASSWORD_POLICY.lockMs);
    expect((fifth as Error).message).toMatch(/locked until \d{2}:\d{2} UTC/);

    // Locked means locked: even the right password is refused until then.
    const during = new Date(start.getTime() + PASSWORD_POLICY.lockMs - 1000);
    expect(await attempt(user.email, PASSWORD, during)).toMatchObject({ kind: "rate_limited" });

    const after = new Date(start.getTime() + PASSWORD_POLICY.lockMs + 1000);
    expect(await attempt(user.email, PASSWORD, after)).toMatchObject({ kind: "ticket" });
    expect(
      await db.select().from(auditEvents).where(eq(auditEvents.action, "sign_in.locked")),
    ).toHaveLength(1);
  });

  it("a success resets the count of consecutive failures", async () => {
    const user = await registerUser(db);
    for (let i = 0; i < 4; i++) await attempt(user.email, "wrong password!");
    expect(await attempt(user.email, PASSWORD)).toMatchObject({ kind: "ticket" });
    for (let i = 0; i < 4; i++) {
      expect(await attempt(user.email, "wrong password!")).toMatchObject({
        kind: "unauthenticated",
      });
    }
    expect(await attempt(user.email, PASSWORD)).toMatchObject({ kind: "ticket" });
  });

  it("locks unknown emails the same way, so the lockout reveals nothing", async () => {
    for (let i = 0; i < 4; i++) await attempt("ghost@guild.test", "whatever it is");
    expect(await attempt("ghost@guild.test", "whatever it is")).toMatchObject({
      kind: "rate_limited",
    });
    const [row] = await db
      .select()
      .from(attemptThrottles)
      .where(eq(attemptThrottles.key, "sign_in:ghost@guild.test"));
    expect(row?.lockedUntil).toBeInstanceOf(Date);
  });

  it("parallel guesses cannot get past the limit: at most 5 passwords are checked", async () => {
    const user = await registerUser(db);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(user.email, `guess number ${i}`)),
    );
    const checked = results.filter((r) => (r as { kind?: string }).kind === "unauthenticated");
    const refused = results.filter((r) => (r as { kind?: string }).kind === "rate_limited");
    expect(checked.length).toBeLessThanOrEqual(PASSWORD_POLICY.maxFailures);
    expect(checked.length + refused.length).toBe(20);
    expect(await attempt(user.email, PASSWORD)).toMatchObject({ kind: "rate_limited" });
  });

  it("refuses a suspended account with a clear message, only after a correct password", async () => {
    const user = await registerUser(db);
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    expect(await attempt(user.email, "wrong password!")).toMatchObject({
      message: INVALID_CREDENTIALS,
    });
    expect(await attempt(user.email, PASSWORD)).toMatchObject({
      kind: "forbidden",
      message: SUSPENDED_MESSAGE,
    });
  });
});
