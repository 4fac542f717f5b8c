import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { auditEvents, emailTokens } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { loadSession } from "~/server/domain/identity/session-rows";
import { ADDRESS_TAKEN } from "~/server/domain/identity/confirm-email-change";
import { INVALID_LINK } from "~/server/domain/identity/verify-email";
import { callerFor } from "../../helpers/caller";
import { PASSWORD, registerUser, signInFully } from "../../helpers/people";
import { deliveredCount, deliveredMail } from "../../helpers/delivered-mail";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
let counter = 0;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const newAddress = () => `moved-${++counter}-${Date.now()}@guild.test`;

/** A verified account signed in on this device and on another. */
async function person() {
  const user = await registerUser(db, "freelancer", { verified: true });
  const here = await signInFully(db, user.email);
  const other = await signInFully(db, user.email);
  return { user, here, other, api: callerFor(db, here) };
}

const accountRow = async (id: string) =>
  (await db.select().from(users).where(eq(users.id, id)).limit(1))[0]!;

describe("changing the email address", () => {
  it("sends the link to the new address only, keeps the old one until it is opened, then swaps, verifies and tells the old address", async () => {
    const { user, here, other, api } = await person();
    const to = newAddress();
    const oldMails = await deliveredCount(db, user.email);

    const pending = await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    expect(pending).toMatchObject({ email: to, sentAt: expect.any(Date) });
    const mail = (await deliveredMail(db, to))!;
    expect(mail.subject).toBe("Confirm your new email address for Guild");
    expect(mail.link).toMatch(/^http:\/\/guild\.test\/confirm-email-change\?token=/);
    expect(await deliveredCount(db, user.email)).toBe(oldMails);
    // Until the link is opened nothing changes, and the account page says what is waiting.
    expect((await accountRow(user.id)).email).toBe(user.email);
    expect((await api.account.me()).pendingEmail).toMatchObject({ email: to });

    // Opened in a browser that is not signed in.
    await expect(callerFor(db).auth.confirmEmailChange({ token: mail.token! })).resolves.toEqual({
      email: to,
      signedIn: false,
    });
    const row = await accountRow(user.id);
    expect(row.email).toBe(to);
    expect(row.emailVerified!.getTime()).toBeGreaterThan(user.createdAt.getTime() - 1);
    expect(await loadSession(db, here.sessionId)).toBeNull();
    expect(await loadSession(db, other.sessionId)).toBeNull();

    const notice = (await deliveredMail(db, user.email))!;
    expect(notice.subject).toBe("Your Guild email address was changed");
    expect(notice.text).toContain(`changed to m***@guild.test on`);
    expect(notice.text).not.toContain(to);
    expect(notice.text).toMatch(/If it wasn't you.*support@guild\.example/s);

    await expect(signInFully(db, to)).resolves.toBeDefined();
    await expect(signInFully(db, user.email)).rejects.toMatchObject({ kind: "unauthenticated" });
    const session = await signInFully(db, to);
    const events = await callerFor(db, session).account.securityEvents();
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["email.change_requested", "email.changed"]),
    );
    const [changed] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "email.changed"), eq(auditEvents.targetId, user.id)));
    expect(changed?.detail).toEqual({ from: user.email, to, otherSessionsRevoked: 2 });
  });

  it("opened on a device signed in to the account, keeps that device and signs out the others", async () => {
    const { user, here, other, api } = await person();
    const to = newAddress();
    await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    const { token } = (await deliveredMail(db, to))!;
    await expect(api.auth.confirmEmailChange({ token: token! })).resolves.toEqual({
      email: to,
      signedIn: true,
    });
    expect(await loadSession(db, here.sessionId)).not.toBeNull();
    expect(await loadSession(db, other.sessionId)).toBeNull();
    expect((await api.account.me()).email).toBe(to);
    expect((await api.account.me()).pendingEmail).toBeNull();
    expect((await accountRow(user.id)).email).toBe(to);
  });

  it("needs the current password, on the sign-in budget, and refuses the address it already has", async () => {
    const { user, api } = await person();
    const to = newAddress();
    await expect(
      api.account.requestEmailChange({ newEmail: to, password: "not my password" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { password: ["Your password is not correct."] } },
    });
    await expect(
      api.account.requestEmailChange({ newEmail: user.email.toUpperCase(), password: PASSWORD }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fieldErrors: { newEmail: ["That is already your email address."] } },
    });
    expect(await deliveredCount(db, to)).toBe(0);
    expect(await db.$count(emailTokens, eq(emailTokens.email, to))).toBe(0);
    for (let i = 0; i < 4; i++)
      await api.account
        .requestEmailChange({ newEmail: to, password: `wrong ${i}` })
        .catch(() => null);
    await expect(
      api.account.requestEmailChange({ newEmail: to, password: PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("never tells at request time that another account has the address; confirming is refused", async () => {
    const { user, api } = await person();
    const taken = await registerUser(db, "client", { verified: true });
    const takenMails = await deliveredCount(db, taken.email);

    const forTaken = await api.account.requestEmailChange({
      newEmail: taken.email,
      password: PASSWORD,
    });
    expect(Object.keys(forTaken).sort()).toEqual(["email", "expiresAt", "sentAt"]);
    expect(forTaken.email).toBe(taken.email);
    expect(await deliveredCount(db, taken.email)).toBe(takenMails);
    const { user: second, api: secondApi } = await person();
    const free = newAddress();
    const forFree = await secondApi.account.requestEmailChange({
      newEmail: free,
      password: PASSWORD,
    });
    expect(Object.keys(forFree).sort()).toEqual(Object.keys(forTaken).sort());

    // The free address is taken by someone else before its link is opened.
    const { token } = (await deliveredMail(db, free))!;
    await registerUser(db, "client", { email: free });
    await expect(callerFor(db).auth.confirmEmailChange({ token: token! })).rejects.toMatchObject({
      code: "CONFLICT",
      message: ADDRESS_TAKEN,
    });
    expect((await accountRow(second.id)).email).toBe(second.email);
    expect((await accountRow(user.id)).email).toBe(user.email);
    expect(await deliveredCount(db, second.email)).toBe(1);
  });

  it("refuses used, expired, unknown and other purposes' links", async () => {
    const { user, api } = await person();
    const to = newAddress();
    await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    const { token } = (await deliveredMail(db, to))!;
    await db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "change_email")));
    const invalid = { code: "BAD_REQUEST", message: INVALID_LINK };
    await expect(callerFor(db).auth.confirmEmailChange({ token: token! })).rejects.toMatchObject(
      invalid,
    );
    await expect(
      callerFor(db).auth.confirmEmailChange({ token: "t".repeat(43) }),
    ).rejects.toMatchObject(invalid);
    expect((await api.account.me()).pendingEmail).toBeNull();

    // A verification link is not a change-of-email link.
    await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    const fresh = (await deliveredMail(db, to))!.token!;
    await expect(callerFor(db).auth.verifyEmail({ token: fresh })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await callerFor(db).auth.confirmEmailChange({ token: fresh });
    await expect(callerFor(db).auth.confirmEmailChange({ token: fresh })).rejects.toMatchObject(
      invalid,
    );
    expect((await accountRow(user.id)).email).toBe(to);
  });

  it("makes links mailed to the old address stop working", async () => {
    const { user, api } = await person();
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    const reset = (await deliveredMail(db, user.email))!.token!;
    const to = newAddress();
    await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    await callerFor(db).auth.confirmEmailChange({ token: (await deliveredMail(db, to))!.token! });
    await expect(
      callerFor(db).auth.resetPassword({ token: reset, password: "a brand new passphrase" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: INVALID_LINK });
  });

  it("resend replaces the link; cancel withdraws it; nobody else can touch it", async () => {
    const { user, api } = await person();
    const stranger = await person();
    const to = newAddress();
    await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    const first = (await deliveredMail(db, to))!.token!;
    await api.account.resendEmailChange();
    const second = (await deliveredMail(db, to))!.token!;
    expect(second).not.toBe(first);
    expect(await deliveredCount(db, to)).toBe(2);

    await expect(stranger.api.account.cancelEmailChange()).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(stranger.api.account.resendEmailChange()).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await api.account.me()).pendingEmail).toMatchObject({ email: to });

    await expect(api.account.cancelEmailChange()).resolves.toEqual({ cancelled: to });
    expect((await api.account.me()).pendingEmail).toBeNull();
    await expect(api.account.cancelEmailChange()).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(api.account.resendEmailChange()).rejects.toMatchObject({ code: "CONFLICT" });
    for (const token of [first, second]) {
      await expect(callerFor(db).auth.confirmEmailChange({ token })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    expect((await accountRow(user.id)).email).toBe(user.email);
    const actions = (await api.account.securityEvents()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "email.change_requested",
        "email.change_resent",
        "email.change_cancelled",
      ]),
    );
  });

  it("sends at most five links an hour per account; a refused request changes nothing", async () => {
    const { api } = await person();
    const to = newAddress();
    await api.account.requestEmailChange({ newEmail: to, password: PASSWORD });
    for (let i = 0; i < 4; i++) await api.account.resendEmailChange();
    expect(await deliveredCount(db, to)).toBe(5);
    await expect(api.account.resendEmailChange()).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Try again after \d{2}:\d{2} UTC\.$/),
    });
    await expect(
      api.account.requestEmailChange({ newEmail: newAddress(), password: PASSWORD }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await deliveredCount(db, to)).toBe(5);
    // The refused requests left the waiting change as it was.
    expect((await api.account.me()).pendingEmail).toMatchObject({ email: to });
  });
});
