import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z, type ZodError } from "zod";

import type { Database } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { loadSession } from "~/server/domain/identity/session-rows";
import { resetPassword } from "~/server/domain/identity/password-reset";
import { actorOf, callerFor } from "../../helpers/caller";
import { deliveredMail } from "../../helpers/delivered-mail";
import { notificationsOf } from "../../helpers/notifications";
import { createUser, domainCtx, registerUser, signInFully } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { auditAbout, provenAdmin } from "./proven-admin";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const reason = "Several clients reported a fake project.";

/** The events about `userId` written since `before` (an earlier `auditAbout` length). */
async function newEvents(userId: string, before: number) {
  return (await auditAbout(db, userId)).slice(before);
}

describe("actions on a person", () => {
  it("suspending writes one audit event with the reason, tells the person why (even by email), and ends their session on its next request", async () => {
    const { api, user: admin } = await provenAdmin(db);
    const person = await registerUser(db, "freelancer", { verified: true });
    const session = await signInFully(db, person.email);
    const before = (await auditAbout(db, person.id)).length;

    await expect(
      api.admin.setUserStatus({ userId: person.id, status: "suspended", reason }),
    ).resolves.toEqual({ status: "suspended", sessionsRevoked: 1 });

    const events = await newEvents(person.id, before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.status_changed",
      actorId: admin.id,
      targetType: "user",
      detail: { from: "active", to: "suspended", reason },
    });
    // The open tab's next request: no session, so the page sends it to sign in.
    expect(await loadSession(db, session.sessionId)).toBeNull();
    await expect(signInFully(db, person.email)).rejects.toMatchObject({ kind: "forbidden" });

    const [notice] = await notificationsOf(db, person.id);
    expect(notice).toMatchObject({ kind: "account.status_changed", body: reason });
    const mail = await deliveredMail(db, person.email);
    expect(mail?.text).toContain(reason);
  });

  it("reinstating writes one event with its reason and lets the person sign in again", async () => {
    const { api } = await provenAdmin(db);
    const person = await registerUser(db, "client", { verified: true });
    await api.admin.setUserStatus({ userId: person.id, status: "suspended", reason });
    const before = (await auditAbout(db, person.id)).length;
    await api.admin.setUserStatus({
      userId: person.id,
      status: "active",
      reason: "The report was a mistake.",
    });
    const events = await newEvents(person.id, before);
    expect(events.map((e) => [e.action, e.detail?.reason])).toEqual([
      ["user.status_changed", "The report was a mistake."],
    ]);
    await expect(signInFully(db, person.email)).resolves.toBeDefined();
    expect((await notificationsOf(db, person.id)).map((n) => n.title)).toEqual([
      "Your Guild account is suspended.",
      "Your Guild account is active again.",
    ]);
  });

  it("changing a role writes one event with the reason and ends the person's sessions", async () => {
    const { api } = await provenAdmin(db);
    const person = await registerUser(db, "client", { verified: true });
    const session = await signInFully(db, person.email);
    const before = (await auditAbout(db, person.id)).length;
    await api.admin.setUserRole({ userId: person.id, role: "freelancer", reason });
    const events = await newEvents(person.id, before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "user.role_changed",
      detail: { from: "client", to: "freelancer", reason },
    });
    expect(await loadSession(db, session.sessionId)).toBeNull();
  });

  it("a required reset refuses the old password with a sentence, ends sessions and mails a link; the reset clears it", async () => {
    const { api } = await provenAdmin(db);
    const person = await registerUser(db, "freelancer", { verified: true });
    const session = await signInFully(db, person.email);
    const before = (await auditAbout(db, person.id)).length;

    await api.admin.requirePasswordReset({ userId: person.id, reason });
    const events = await newEvents(person.id, before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.password_reset_required", detail: { reason } });
    expect(await loadSession(db, session.sessionId)).toBeNull();
    await expect(signInFully(db, person.email)).rejects.toMatchObject({
      kind: "forbidden",
      message: expect.stringMatching(/choose a new password.*reset link/),
    });

    const { token } = (await deliveredMail(db, person.email))!;
    await resetPassword({
      ctx: domainCtx(db),
      input: { token: token!, password: "a fresh and long passphrase" },
    });
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row!.passwordResetRequiredAt).toBeNull();
    await expect(
      signInFully(db, person.email, "a fresh and long passphrase"),
    ).resolves.toBeDefined();
  });

  it("verifying an email by hand writes one event with the reason; an address already verified is left alone", async () => {
    const { api } = await provenAdmin(db);
    const person = await registerUser(db, "client");
    const before = (await auditAbout(db, person.id)).length;
    await expect(api.admin.verifyEmail({ userId: person.id, reason })).resolves.toEqual({
      verified: true,
      changed: true,
    });
    await expect(api.admin.verifyEmail({ userId: person.id, reason })).resolves.toEqual({
      verified: true,
      changed: false,
    });
    const events = await newEvents(person.id, before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "user.email_verified_by_admin", detail: { reason } });
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row!.emailVerified).not.toBeNull();
  });

  it("revokes one session by its public id, or all of them, one event each", async () => {
    const { api } = await provenAdmin(db);
    const person = await registerUser(db, "client", { verified: true });
    const phone = await signInFully(db, person.email);
    const laptop = await signInFully(db, person.email);
    const tablet = await signInFully(db, person.email);
    const before = (await auditAbout(db, person.id)).length;

    const page = await api.admin.person({ userId: person.id });
    expect(page.sessions).toHaveLength(3);
    const { publicSessionId } = await import("~/server/domain/identity/sessions");
    await api.admin.revokeSessions({
      userId: person.id,
      sessionId: publicSessionId(phone.sessionId),
      reason,
    });
    expect(await loadSession(db, phone.sessionId)).toBeNull();
    expect(await loadSession(db, laptop.sessionId)).not.toBeNull();
    await expect(
      api.admin.revokeSessions({
        userId: person.id,
        sessionId: publicSessionId(phone.sessionId),
        reason,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(api.admin.revokeSessions({ userId: person.id, reason })).resolves.toEqual({
      sessionsRevoked: 2,
    });
    expect(await loadSession(db, tablet.sessionId)).toBeNull();
    const events = await newEvents(person.id, before);
    expect(events.map((e) => [e.action, e.detail?.sessionsRevoked, e.detail?.reason])).toEqual([
      ["user.sessions_revoked_by_admin", 1, reason],
      ["user.sessions_revoked_by_admin", 2, reason],
    ]);
  });

  it("every action needs a reason, answered as a field error", async () => {
    const { api } = await provenAdmin(db);
    const person = await createUser(db, "client");
    const error = await api.admin
      .setUserStatus({ userId: person.id, status: "suspended", reason: " " })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    const { cause } = error as { cause: ZodError };
    expect(z.flattenError(cause).fieldErrors).toEqual({
      reason: [expect.stringMatching(/^Say why in a few words/)],
    });
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row!.status).toBe("active");
  });

  it("an admin cannot act on their own account", async () => {
    const { api, user } = await provenAdmin(db);
    for (const call of [
      api.admin.setUserStatus({ userId: user.id, status: "suspended", reason }),
      api.admin.setUserRole({ userId: user.id, role: "client", reason }),
      api.admin.requirePasswordReset({ userId: user.id, reason }),
      api.admin.revokeSessions({ userId: user.id, reason }),
    ])
      await expect(call).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a non-admin and an admin without a proven session are refused, and change nothing", async () => {
    const person = await createUser(db, "client");
    const client = await createUser(db, "client", { emailVerified: new Date() });
    const unproven = await createUser(db, "admin", { twoFactorEnabledAt: new Date() });
    const noTwoFactor = await createUser(db, "admin");
    for (const who of [client, unproven, noTwoFactor]) {
      const api = callerFor(db, actorOf(who));
      await expect(
        api.admin.setUserStatus({ userId: person.id, status: "suspended", reason }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(api.admin.person({ userId: person.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(api.admin.people({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(api.admin.auditEvents({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(callerFor(db).admin.people({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await auditAbout(db, person.id)).toEqual([]);
  });
});
