import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { totpCode } from "~/server/crypto/totp";
import type { Database } from "~/server/db/client";
import { auditEvents, recoveryCodes } from "~/server/db/schema/auth";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { completeSecondFactor } from "~/server/domain/identity/complete-second-factor";
import { loadSession } from "~/server/domain/identity/session-rows";
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

/** An account with 2FA on (through the real procedures), signed in on this device and another. */
async function withTwoFactor() {
  const user = await registerUser(db);
  const session = await signInFully(db, user.email);
  const api = callerFor(db, session);
  const { secret } = await api.account.beginTwoFactorSetup();
  const { recoveryCodes: codes } = await api.account.confirmTwoFactor({ code: totpCode(secret) });
  return { user, session, api, secret, codes };
}

/** Signs in with the password and then `code`: the new session's id, or null when the code was refused. */
async function signInWithCode(email: string, code: string) {
  const step = await beginSignIn({ ctx: domainCtx(db), input: { email, password: PASSWORD } });
  if (step.kind !== "second_factor") throw new Error("expected a second step");
  const ticket = await completeSecondFactor({
    ctx: domainCtx(db),
    input: SecondFactorInput.parse({ challenge: step.challenge, code }),
  }).catch(() => null);
  return ticket ? ((await redeemSignInTicket(domainCtx(db), ticket))?.sessionId ?? null) : null;
}

const signsInWith = async (email: string, code: string) =>
  (await signInWithCode(email, code)) !== null;

const storedCodes = (userId: string) =>
  db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId));

describe("regenerating recovery codes", () => {
  it("with the password: ten new codes, every old one stops working, each new one works once", async () => {
    const { user, api, codes } = await withTwoFactor();
    expect(await signsInWith(user.email, codes[0]!)).toBe(true);

    const { recoveryCodes: fresh } = await api.account.regenerateRecoveryCodes({
      method: "password",
      password: PASSWORD,
    });
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => codes.includes(code))).toEqual([]);
    expect(await api.account.twoFactorStatus()).toMatchObject({ recoveryCodesLeft: 10 });

    expect(await signsInWith(user.email, codes[1]!)).toBe(false);
    expect(await signsInWith(user.email, fresh[0]!)).toBe(true);
    expect(await signsInWith(user.email, fresh[0]!)).toBe(false);
    expect(await api.account.twoFactorStatus()).toMatchObject({ recoveryCodesLeft: 9 });

    const events = await api.account.securityEvents();
    expect(events.map((e) => e.action)).toContain("two_factor.recovery_codes_regenerated");
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "two_factor.recovery_codes_regenerated"));
    expect(event?.detail).toEqual({ provedWith: "password" });
  });

  it("with a code from the app, leaving other devices signed in", async () => {
    const { user, api, secret, codes } = await withTwoFactor();
    const phone = await signInWithCode(user.email, codes[5]!);
    expect(phone).not.toBeNull();
    const { recoveryCodes: fresh } = await api.account.regenerateRecoveryCodes({
      method: "totp",
      code: totpCode(secret, Date.now() + STEP),
    });
    expect(fresh).toHaveLength(10);
    expect(await signsInWith(user.email, codes[0]!)).toBe(false);
    expect(await loadSession(db, phone!)).not.toBeNull();
  });

  it("refuses a wrong password or code and changes nothing", async () => {
    const { user, session, api, codes } = await withTwoFactor();
    const before = await storedCodes(user.id);
    await expect(
      api.account.regenerateRecoveryCodes({ method: "password", password: "not my password" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Your password is not correct." });
    await expect(
      api.account.regenerateRecoveryCodes({ method: "totp", code: "000000" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // A recovery code is not proof here: it is what is being replaced.
    await expect(
      api.account.regenerateRecoveryCodes({ method: "totp", code: codes[2]! }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await storedCodes(user.id)).toEqual(before);
    expect(await signsInWith(user.email, codes[2]!)).toBe(true);
    expect(await loadSession(db, session.sessionId)).not.toBeNull();
  });

  it("wrong passwords draw on the sign-in budget: the sixth is refused without being checked", async () => {
    const { api } = await withTwoFactor();
    for (let i = 0; i < 5; i++) {
      await api.account
        .regenerateRecoveryCodes({ method: "password", password: `wrong password ${i}` })
        .catch(() => null);
    }
    await expect(
      api.account.regenerateRecoveryCodes({ method: "password", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("is a conflict when two-factor authentication is off", async () => {
    const user = await registerUser(db);
    const api = callerFor(db, await signInFully(db, user.email));
    await expect(
      api.account.regenerateRecoveryCodes({ method: "password", password: PASSWORD }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await storedCodes(user.id)).toEqual([]);
  });

  it("acts only on the caller's own account", async () => {
    const owner = await withTwoFactor();
    const stranger = await withTwoFactor();
    await stranger.api.account.regenerateRecoveryCodes({ method: "password", password: PASSWORD });
    expect(await signsInWith(owner.user.email, owner.codes[0]!)).toBe(true);
  });
});
