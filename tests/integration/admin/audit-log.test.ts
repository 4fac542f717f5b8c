import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";
import { provenAdmin } from "./proven-admin";

let db: Database;
let admin: Awaited<ReturnType<typeof provenAdmin>>;
let otherAdmin: Awaited<ReturnType<typeof provenAdmin>>;
let anna: { id: string };
let bea: { id: string };

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  admin = await provenAdmin(db);
  otherAdmin = await provenAdmin(db);
  anna = await createUser(db, "client", { name: "Anna" });
  bea = await createUser(db, "freelancer", { name: "Bea" });
  const reason = (n: number) => `Reason number ${n}`;
  await admin.api.admin.setUserStatus({ userId: anna.id, status: "suspended", reason: reason(1) });
  await admin.api.admin.setUserStatus({ userId: anna.id, status: "active", reason: reason(2) });
  await admin.api.admin.verifyEmail({ userId: bea.id, reason: reason(3) });
  await otherAdmin.api.admin.setUserRole({ userId: bea.id, role: "client", reason: reason(4) });
  await otherAdmin.api.admin.requirePasswordReset({ userId: anna.id, reason: reason(5) });
});

const reasons = (page: { items: { detail: Record<string, unknown> | null }[] }) =>
  page.items.map((e) => e.detail?.reason);

describe("the audit log", () => {
  it("lists every event newest first, with who acted and about whom", async () => {
    const page = await admin.api.admin.auditEvents({});
    expect(reasons(page)).toEqual([
      "Reason number 5",
      "Reason number 4",
      "Reason number 3",
      "Reason number 2",
      "Reason number 1",
    ]);
    expect(page.items[0]).toMatchObject({
      action: "user.password_reset_required",
      actorId: otherAdmin.user.id,
      actorName: otherAdmin.user.name,
      targetType: "user",
      targetId: anna.id,
      subjectName: "Anna",
    });
  });

  it("filters by actor (id or email), subject, action and days", async () => {
    expect(reasons(await admin.api.admin.auditEvents({ actor: admin.user.id }))).toEqual([
      "Reason number 3",
      "Reason number 2",
      "Reason number 1",
    ]);
    expect(
      reasons(await admin.api.admin.auditEvents({ actor: otherAdmin.user.email.toUpperCase() })),
    ).toEqual(["Reason number 5", "Reason number 4"]);
    expect(await admin.api.admin.auditEvents({ actor: "nobody@guild.test" })).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(
      reasons(await admin.api.admin.auditEvents({ targetType: "user", targetId: bea.id })),
    ).toEqual(["Reason number 4", "Reason number 3"]);
    expect(
      reasons(
        await admin.api.admin.auditEvents({ action: "user.status_changed", targetId: anna.id }),
      ),
    ).toEqual(["Reason number 2", "Reason number 1"]);
    const today = new Date().toISOString().slice(0, 10);
    expect(reasons(await admin.api.admin.auditEvents({ from: today, to: today }))).toHaveLength(5);
    expect(await admin.api.admin.auditEvents({ to: "2020-01-01" })).toMatchObject({ items: [] });
  });

  it("pages by id without skipping or repeating", async () => {
    const first = await admin.api.admin.auditEvents({ limit: 2 });
    const second = await admin.api.admin.auditEvents({ limit: 2, cursor: first.nextCursor });
    const third = await admin.api.admin.auditEvents({ limit: 2, cursor: second.nextCursor });
    expect([...reasons(first), ...reasons(second), ...reasons(third)]).toEqual([
      "Reason number 5",
      "Reason number 4",
      "Reason number 3",
      "Reason number 2",
      "Reason number 1",
    ]);
    expect(third.nextCursor).toBeNull();
  });
});
