import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import {
  createTRPCRouter,
  clientProcedure,
  freelancerProcedure,
  protectedProcedure,
} from "~/server/api/trpc";
import type { PersonActor } from "~/server/domain/actor";
import { loadSession } from "~/server/domain/identity/session-rows";
import { totpCode } from "~/server/crypto/totp";
import type { Database } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema/auth";
import { users } from "~/server/db/schema/users";
import { logger } from "~/server/observability/logger";
import { callerFor, testRequest } from "../../helpers/caller";
import { registerUser, signInFully } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** The tiers themselves, mounted on a router of probes, as every later domain router will use them. */
const probes = createTRPCRouter({
  signedIn: protectedProcedure.query(() => "ok"),
  clientOnly: clientProcedure.query(() => "ok"),
  freelancerOnly: freelancerProcedure.query(() => "ok"),
});

function probe(actor: PersonActor | null) {
  const request = testRequest();
  return probes.createCaller({ db, actor, request, log: logger.child({}) });
}

async function code(promise: Promise<unknown>) {
  return promise.then(
    () => "OK",
    (error: { code?: string }) => error.code,
  );
}

/** An admin who has turned 2FA on, through the real procedures. */
async function adminWithTwoFactor() {
  const admin = await registerUser(db, "client");
  await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.id));
  const session = await signInFully(db, admin.email);
  const setup = await callerFor(db, session).account.beginTwoFactorSetup();
  await callerFor(db, session).account.confirmTwoFactor({ code: totpCode(setup.secret) });
  return { admin, session: (await loadSession(db, session.sessionId))! };
}

describe("procedure tiers", () => {
  it("refuses anonymous callers with UNAUTHORIZED", async () => {
    expect(await code(probe(null).signedIn())).toBe("UNAUTHORIZED");
    expect(await code(callerFor(db).account.me())).toBe("UNAUTHORIZED");
  });

  it("a client calling freelancer or admin procedures gets FORBIDDEN", async () => {
    const client = await signInFully(db, (await registerUser(db, "client")).email);
    expect(await code(probe(client).clientOnly())).toBe("OK");
    expect(await code(probe(client).freelancerOnly())).toBe("FORBIDDEN");
    const target = await registerUser(db, "freelancer");
    expect(
      await code(
        callerFor(db, client).admin.setUserRole({
          userId: target.id,
          role: "client",
          reason: "A test asks for it.",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("a freelancer calling client procedures gets FORBIDDEN", async () => {
    const freelancer = await signInFully(db, (await registerUser(db, "freelancer")).email);
    expect(await code(probe(freelancer).freelancerOnly())).toBe("OK");
    expect(await code(probe(freelancer).clientOnly())).toBe("FORBIDDEN");
  });

  it("admin procedures answer an admin only once 2FA is on", async () => {
    const admin = await registerUser(db, "client");
    await db.update(users).set({ role: "admin" }).where(eq(users.id, admin.id));
    const session = await signInFully(db, admin.email);
    const target = await registerUser(db);
    await expect(
      callerFor(db, session).admin.setUserStatus({
        userId: target.id,
        status: "suspended",
        reason: "A test asks for it.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/two-factor/) });
  });

  it("an admin session that signed in with the password alone does not count, even with 2FA on", async () => {
    const { admin } = await adminWithTwoFactor();
    // A session opened before 2FA existed, or by any path that skipped the code.
    const { createSessionRow } = await import("~/server/domain/identity/session-rows");
    const sid = await createSessionRow(db, { userId: admin.id, ip: null, userAgent: null });
    const passwordOnly = (await loadSession(db, sid))!;
    expect(passwordOnly.twoFactorEnabled).toBe(true);
    const target = await registerUser(db);
    await expect(
      callerFor(db, passwordOnly).admin.setUserStatus({
        userId: target.id,
        status: "suspended",
        reason: "A test asks for it.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/Sign in again/) });
  });

  it("refuses a suspended user everywhere with a clear message", async () => {
    const user = await registerUser(db);
    const session = await signInFully(db, user.email);
    const suspended: PersonActor = { ...session, status: "suspended" };
    await expect(probe(suspended).signedIn()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/suspended/),
    });
  });
});

describe("role and status changes", () => {
  it("a role change revokes every session of the user at once, and is audited", async () => {
    const { session: adminSession } = await adminWithTwoFactor();
    const target = await registerUser(db, "freelancer");
    const phone = await signInFully(db, target.email);
    const laptop = await signInFully(db, target.email);

    await expect(
      callerFor(db, adminSession).admin.setUserRole({
        userId: target.id,
        role: "client",
        reason: "A test asks for it.",
      }),
    ).resolves.toEqual({ role: "client", sessionsRevoked: 2 });
    expect(await loadSession(db, phone.sessionId)).toBeNull();
    expect(await loadSession(db, laptop.sessionId)).toBeNull();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "user.role_changed"));
    expect(event).toMatchObject({
      actorId: adminSession.id,
      targetId: target.id,
      detail: { from: "freelancer", to: "client" },
    });
  });

  it("the person changed sees what was done and when, never the admin's address or browser", async () => {
    const { session: adminSession } = await adminWithTwoFactor();
    const target = await registerUser(db, "freelancer");
    await callerFor(db, adminSession).admin.setUserRole({
      userId: target.id,
      role: "client",
      reason: "A test asks for it.",
    });
    const events = await callerFor(
      db,
      await signInFully(db, target.email),
    ).account.securityEvents();

    const roleChange = events.find((event) => event.action === "user.role_changed");
    expect(roleChange).toMatchObject({ byOther: true, ip: null, userAgent: null });
    // Their own sign-in still shows where it came from.
    const signIn = events.find((event) => event.action === "sign_in.succeeded");
    expect(signIn).toMatchObject({ byOther: false, ip: testRequest().ip, userAgent: "vitest" });
  });

  it("suspension revokes every session; the suspended user cannot sign in", async () => {
    const { session: adminSession } = await adminWithTwoFactor();
    const target = await registerUser(db);
    const session = await signInFully(db, target.email);
    await callerFor(db, adminSession).admin.setUserStatus({
      userId: target.id,
      status: "suspended",
      reason: "A test asks for it.",
    });
    expect(await loadSession(db, session.sessionId)).toBeNull();
    await expect(signInFully(db, target.email)).rejects.toMatchObject({ kind: "forbidden" });

    await callerFor(db, adminSession).admin.setUserStatus({
      userId: target.id,
      status: "active",
      reason: "A test asks for it.",
    });
    await expect(signInFully(db, target.email)).resolves.toBeDefined();
  });

  it("an admin cannot demote or suspend themselves, and an unknown user is NOT_FOUND", async () => {
    const { admin, session } = await adminWithTwoFactor();
    const api = callerFor(db, session);
    await expect(
      api.admin.setUserRole({ userId: admin.id, role: "client", reason: "A test asks for it." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      api.admin.setUserStatus({
        userId: admin.id,
        status: "suspended",
        reason: "A test asks for it.",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      api.admin.setUserRole({ userId: "nobody", role: "client", reason: "A test asks for it." }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
