import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { loadSession } from "~/server/domain/identity/session-rows";
import { totpCode } from "~/server/crypto/totp";
import type { Database } from "~/server/db/client";
import { auditEvents, recoveryCodes } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import {
  completeSecondFactor,
  EXPIRED_CHALLENGE,
  MAX_CODE_ATTEMPTS_PER_CHALLENGE,
  WRONG_CODE,
} from "~/server/domain/identity/complete-second-factor";
import { redeemSignInTicket } from "~/server/domain/identity/sign-in-ticket";
import { SecondFactorInput } from "~/shared/schemas/identity";
import { callerFor } from "../../helpers/caller";
import { domainCtx, PASSWORD, registerUser, signInFully } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
const STEP = 30_000;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** An account with 2FA turned on through the real procedures; returns its secret and recovery codes. */
async function userWithTwoFactor() {
  const user = await registerUser(db);
  const session = await signInFully(db, user.email);
  const api = callerFor(db, session);
  const setup = await api.account.beginTwoFactorSetup();
  expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Guild:.+\?.*secret=/);
  expect(setup.qrSvg).toContain("<svg");
  const { recoveryCodes: codes } = await api.account.confirmTwoFactor({
    code: totpCode(setup.secret),
  });
  return { user, session, secret: setup.secret, codes };
}

async function challengeFor(email: string) {
  const step = await beginSignIn({ ctx: domainCtx(db), input: { email, password: PASSWORD } });
  expect(step.kind).toBe("second_factor");
  return step.kind === "second_factor" ? step.challenge : "";
}

/** The second step as the form sends it: through the shared schema (trims, lower-cases). */
const second = (challenge: string, code: string, now = new Date()) =>
  completeSecondFactor({
    ctx: domainCtx(db),
    input: SecondFactorInput.parse({ challenge, code }),
    now,
  }).catch((error: unknown) => error);

describe("two-factor authentication", () => {
  it("turns on only with a code from the app, stores the secret encrypted and 10 hashed recovery codes", async () => {
    const { user, codes, secret } = await userWithTwoFactor();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.twoFactorEnabledAt).toBeInstanceOf(Date);
    expect(row!.twoFactorSecret).not.toContain(secret);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((r) => r.codeHash)).not.toEqual(expect.arrayContaining([codes[0]]));
  });

  it("refuses a wrong confirmation code and leaves 2FA off", async () => {
    const user = await registerUser(db);
    const api = callerFor(db, await signInFully(db, user.email));
    await api.account.beginTwoFactorSetup();
    await expect(api.account.confirmTwoFactor({ code: "000000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await api.account.twoFactorStatus()).enabled).toBe(false);
  });

  it("asks for a code after the password, and accepts each TOTP time step only once", async () => {
    const { user, secret } = await userWithTwoFactor();
    const next = new Date(Date.now() + STEP);
    const code = totpCode(secret, next.getTime());

    const ticket = await second(await challengeFor(user.email), code, next);
    expect(typeof ticket).toBe("string");
    const redeemed = await redeemSignInTicket(domainCtx(db), ticket as string);
    expect(await loadSession(db, redeemed!.sessionId)).not.toBeNull();

    // The same code again, on a fresh challenge: a replay, refused.
    expect(await second(await challengeFor(user.email), code, next)).toMatchObject({
      message: WRONG_CODE,
    });
  });

  it("accepts each recovery code once", async () => {
    const { user, codes } = await userWithTwoFactor();
    expect(typeof (await second(await challengeFor(user.email), codes[3]!.toUpperCase()))).toBe(
      "string",
    );
    expect(await second(await challengeFor(user.email), codes[3]!)).toMatchObject({
      message: WRONG_CODE,
    });
    const used = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "two_factor.recovery_code_used"));
    expect(used.some((e) => e.targetId === user.id)).toBe(true);
  });

  it("limits wrong codes per sign-in attempt and per account", async () => {
    const { user } = await userWithTwoFactor();
    const challenge = await challengeFor(user.email);
    for (let i = 0; i < MAX_CODE_ATTEMPTS_PER_CHALLENGE; i++) {
      expect(await second(challenge, "123456")).toMatchObject({ message: WRONG_CODE });
    }
    expect(await second(challenge, "123456")).toMatchObject({ message: EXPIRED_CHALLENGE });

    const another = await challengeFor(user.email);
    for (let i = 0; i < 5; i++) await second(another, "654321");
    // Ten wrong codes in 15 minutes: the account refuses codes for a while, even on a new challenge.
    expect(await second(await challengeFor(user.email), "111111")).toMatchObject({
      kind: "rate_limited",
    });
  });

  it("parallel code guesses on one challenge are capped at five", async () => {
    const { user } = await userWithTwoFactor();
    const challenge = await challengeFor(user.email);
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => second(challenge, String(100000 + i))),
    );
    const wrong = results.filter((r) => (r as Error).message === WRONG_CODE);
    expect(wrong.length).toBeLessThanOrEqual(MAX_CODE_ATTEMPTS_PER_CHALLENGE);
    expect(results.every((r) => r instanceof Error)).toBe(true);
  });

  it("a pending second step dies when the account is suspended in the meantime", async () => {
    const { user, secret } = await userWithTwoFactor();
    const challenge = await challengeFor(user.email);
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, user.id));
    const next = new Date(Date.now() + STEP);
    expect(await second(challenge, totpCode(secret, next.getTime()), next)).toMatchObject({
      kind: "forbidden",
    });
  });

  it("turning 2FA on signs out the other devices and marks this one as having proved it", async () => {
    const user = await registerUser(db);
    const here = await signInFully(db, user.email);
    const other = await signInFully(db, user.email);
    const api = callerFor(db, here);
    const setup = await api.account.beginTwoFactorSetup();
    const result = await api.account.confirmTwoFactor({ code: totpCode(setup.secret) });
    expect(result.otherSessionsRevoked).toBe(1);
    expect(await loadSession(db, other.sessionId)).toBeNull();
    expect((await loadSession(db, here.sessionId))?.secondFactorVerified).toBe(true);
    // Confirming again (a double click) changes nothing.
    await expect(
      api.account.confirmTwoFactor({ code: totpCode(setup.secret) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a second-factor challenge expires after five minutes", async () => {
    const { user, secret } = await userWithTwoFactor();
    const challenge = await challengeFor(user.email);
    const later = new Date(Date.now() + 5 * 60 * 1000 + 1000);
    expect(await second(challenge, totpCode(secret, later.getTime()), later)).toMatchObject({
      message: EXPIRED_CHALLENGE,
    });
  });

  it("turns off only with the password and a code, and signs out every other device", async () => {
    const { user, session, codes } = await userWithTwoFactor();
    const ticket = await second(await challengeFor(user.email), codes[0]!);
    const other = await redeemSignInTicket(domainCtx(db), ticket as string);
    const api = callerFor(db, session);

    await expect(
      api.account.disableTwoFactor({ password: "wrong password!", code: codes[1]! }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      api.account.disableTwoFactor({ password: PASSWORD, code: "000000" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await api.account.twoFactorStatus()).enabled).toBe(true);

    await expect(
      api.account.disableTwoFactor({ password: PASSWORD, code: codes[1]! }),
    ).resolves.toEqual({
      otherSessionsRevoked: 1,
    });
    expect(await loadSession(db, other!.sessionId)).toBeNull();
    expect(await loadSession(db, session.sessionId)).not.toBeNull();
    expect(await db.$count(recoveryCodes, eq(recoveryCodes.userId, user.id))).toBe(0);
    // Back to password-only sign-in.
    expect(
      (await beginSignIn({ ctx: domainCtx(db), input: { email: user.email, password: PASSWORD } }))
        .kind,
    ).toBe("ticket");
  });
});
