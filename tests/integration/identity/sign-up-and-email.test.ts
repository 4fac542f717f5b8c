import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { SignUpInput } from "~/shared/schemas/identity";
import type { Database } from "~/server/db/client";
import { auditEvents, emailTokens } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { loadSession } from "~/server/domain/identity/session-rows";
import { callerFor } from "../../helpers/caller";
import { domainCtx, PASSWORD, registerUser, signInFully } from "../../helpers/people";
import { deliveredCount, deliveredMail } from "../../helpers/delivered-mail";
import { createTestDatabase } from "../../helpers/test-db";
import { signUp } from "~/server/domain/identity/sign-up";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

describe("sign-up", () => {
  it("keeps the browser's time zone by its canonical name, and UTC for anything else", async () => {
    const zones: [string | undefined, string][] = [
      ["europe/lisbon", "Europe/Lisbon"],
      ["+01:00", "UTC"],
      ["Not/AZone", "UTC"],
      [undefined, "UTC"],
    ];
    for (const [index, [timeZone, stored]] of zones.entries()) {
      const user = await signUp({
        ctx: domainCtx(db),
        input: SignUpInput.parse({
          name: "Zoned Person",
          email: `zoned-${index}@example.com`,
          password: PASSWORD,
          role: "client",
          timeZone,
        }),
      });
      expect(user.timeZone).toBe(stored);
    }
  });

  it("stores a trimmed, lower-cased email and an argon2id hash, and mails a verification link", async () => {
    const user = await signUp({
      ctx: domainCtx(db),
      input: SignUpInput.parse({
        name: " Ada ",
        email: "  Ada.Lovelace@Example.COM ",
        password: PASSWORD,
        role: "freelancer",
      }),
    });
    expect(user.email).toBe("ada.lovelace@example.com");
    expect(user.name).toBe("Ada");
    expect(user.role).toBe("freelancer");
    expect(user.emailVerified).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const mail = await deliveredMail(db, "ada.lovelace@example.com");
    expect(mail?.subject).toBe("Confirm your email for Guild");
    expect(mail?.link).toMatch(/^http:\/\/guild\.test\/verify-email\?token=/);
    // Only the hash is stored: the token in the mail is nowhere in the table.
    const stored = await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(mail?.token);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.targetId, user.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.signed_up", "email.verification_sent"]),
    );
  });

  it("never lets anyone sign up as an admin", () => {
    const parsed = SignUpInput.safeParse({
      name: "Mallory",
      email: "m@guild.test",
      password: PASSWORD,
      role: "admin",
    });
    expect(parsed.success).toBe(false);
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await registerUser(db, "client", { email: "dup@guild.test" });
    await expect(
      signUp({
        ctx: domainCtx(db),
        input: SignUpInput.parse({
          name: "Dup",
          email: "DUP@guild.test",
          password: PASSWORD,
          role: "client",
        }),
      }),
    ).rejects.toMatchObject({ kind: "conflict" });
    expect(await db.$count(users, eq(users.email, "dup@guild.test"))).toBe(1);
  });

  it("refuses passwords outside 12-128 characters and guessable ones", async () => {
    const base = { name: "X", email: "pw@guild.test", role: "client" as const };
    expect(SignUpInput.safeParse({ ...base, password: "short-pass1" }).success).toBe(false);
    expect(SignUpInput.safeParse({ ...base, password: "x".repeat(129) }).success).toBe(false);
    expect(SignUpInput.safeParse({ ...base, password: "x".repeat(128) }).success).toBe(true);

    await expect(
      signUp({
        ctx: domainCtx(db),
        input: SignUpInput.parse({ ...base, password: "1qaz2wsx3edc" }),
      }),
    ).rejects.toMatchObject({
      kind: "invalid",
      fieldErrors: {
        password: ["This is a commonly used password. Add more words that are less common."],
      },
    });
    expect(await db.$count(users, eq(users.email, "pw@guild.test"))).toBe(0);
  });
});

describe("email verification", () => {
  it("verifies once with the mailed link; a second use is refused", async () => {
    const user = await registerUser(db);
    const { token } = (await deliveredMail(db, user.email))!;
    const api = callerFor(db);
    await expect(api.auth.verifyEmail({ token: token! })).resolves.toEqual({ email: user.email });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailVerified).toBeInstanceOf(Date);
    await expect(api.auth.verifyEmail({ token: token! })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses an expired link (24 hours)", async () => {
    const user = await registerUser(db);
    const { token } = (await deliveredMail(db, user.email))!;
    await db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.userId, user.id));
    await expect(callerFor(db).auth.verifyEmail({ token: token! })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const [token24h] = await db.select().from(emailTokens).where(eq(emailTokens.userId, user.id));
    expect(token24h!.expiresAt.getTime()).toBeLessThan(Date.now());
  });

  it("a resent link replaces the previous one", async () => {
    const user = await registerUser(db);
    const first = (await deliveredMail(db, user.email))!.token!;
    const session = await signInFully(db, user.email);
    await callerFor(db, session).account.resendVerification();
    const second = (await deliveredMail(db, user.email))!.token!;
    expect(second).not.toBe(first);
    await expect(callerFor(db).auth.verifyEmail({ token: first })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(callerFor(db).auth.verifyEmail({ token: second })).resolves.toEqual({
      email: user.email,
    });
    await expect(callerFor(db, session).account.resendVerification()).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("password reset", () => {
  it("answers identically whether or not the email has an account, and mails only a real one", async () => {
    const user = await registerUser(db);
    const api = callerFor(db);
    const before = await deliveredCount(db, "nobody-here@guild.test");
    const forUnknown = await api.auth.requestPasswordReset({ email: "nobody-here@guild.test" });
    const forKnown = await api.auth.requestPasswordReset({ email: user.email.toUpperCase() });
    expect(forUnknown).toEqual(forKnown);
    expect(await deliveredCount(db, "nobody-here@guild.test")).toBe(before);
    expect((await deliveredMail(db, user.email))?.subject).toBe("Reset your Guild password");
  });

  it("sets the new password once per link and signs every device out", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    const { token } = (await deliveredMail(db, user.email))!;

    await expect(
      callerFor(db).auth.resetPassword({ token: token!, password: "qwerty123456" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await callerFor(db).auth.resetPassword({ token: token!, password: "a brand new passphrase" });
    expect(await loadSession(db, session.sessionId)).toBeNull();
    await expect(signInFully(db, user.email)).rejects.toMatchObject({ kind: "unauthenticated" });
    await expect(signInFully(db, user.email, "a brand new passphrase")).resolves.toBeDefined();
    await expect(
      callerFor(db).auth.resetPassword({ token: token!, password: "yet another passphrase" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("sends at most one reset mail a minute, and a new request never kills an earlier link", async () => {
    const user = await registerUser(db);
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    const first = (await deliveredMail(db, user.email))!.token!;
    const mailsBefore = await deliveredCount(db, user.email);
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    expect(await deliveredCount(db, user.email)).toBe(mailsBefore);

    // A minute later a new link comes; the first one still works.
    await db
      .update(emailTokens)
      .set({ createdAt: new Date(Date.now() - 2 * 60 * 1000) })
      .where(eq(emailTokens.purpose, "reset_password"));
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    expect(await deliveredCount(db, user.email)).toBe(mailsBefore + 1);
    await expect(
      callerFor(db).auth.resetPassword({ token: first, password: "a brand new passphrase" }),
    ).resolves.toEqual({ email: user.email });
    // …and using it spent the newer one.
    const second = (await deliveredMail(db, user.email))!.token!;
    await expect(
      callerFor(db).auth.resetPassword({ token: second, password: "another new passphrase" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses an expired link (1 hour)", async () => {
    const user = await registerUser(db);
    await callerFor(db).auth.requestPasswordReset({ email: user.email });
    const { token } = (await deliveredMail(db, user.email))!;
    const [row] = await db
      .select()
      .from(emailTokens)
      .where(and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "reset_password")));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBe(60 * 60 * 1000);
    await db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(and(eq(emailTokens.userId, user.id), eq(emailTokens.purpose, "reset_password")));
    await expect(
      callerFor(db).auth.resetPassword({ token: token!, password: "a brand new passphrase" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
