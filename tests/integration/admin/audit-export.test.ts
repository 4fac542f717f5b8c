import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The audit log's CSV over the route handler as Next serves it, guarded like the procedures. */
const dir = mkdtempSync(path.join(tmpdir(), "guild-audit-csv-"));
process.env.DATABASE_URL = `file:${path.join(dir, "audit.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const { userSessions } = await import("~/server/db/schema/auth");
const route = await import("~/app/api/admin/audit/export/route");
const { createUser } = await import("../../helpers/people");
const { sessionCookie } = await import("../../helpers/files");
const { provenAdmin } = await import("./proven-admin");

let db: Awaited<ReturnType<typeof getDb>>;
beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string, cookie?: string) =>
  route.GET(
    new Request(`http://guild.test/api/admin/audit/export${query}`, {
      headers: cookie ? { cookie } : {},
    }),
  );

/** A cookie whose session proved a second factor at sign-in. */
async function provenCookie(userId: string) {
  const cookie = await sessionCookie(db, { id: userId });
  const sid = (await db.select().from(userSessions).where(eq(userSessions.userId, userId)))[0]!.id;
  await db.update(userSessions).set({ secondFactorAt: new Date() }).where(eq(userSessions.id, sid));
  return cookie;
}

describe("the audit log's CSV", () => {
  it("holds the filtered events with their reasons, cells safe for a spreadsheet", async () => {
    const admin = await provenAdmin(db);
    const person = await createUser(db, "client", { name: "Csv Person" });
    await admin.api.admin.setUserStatus({
      userId: person.id,
      status: "suspended",
      reason: '=HYPERLINK("x") spam, twice',
    });
    await admin.api.admin.verifyEmail({ userId: person.id, reason: "Wrote from the address" });

    const response = await get(
      `?action=user.status_changed&targetId=${person.id}`,
      await provenCookie(admin.user.id),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "Id,Time (UTC),Action,Actor id,Actor email,Subject type,Subject id,Reason,Detail,IP,Request id",
    );
    expect(lines[1]).toContain(
      `user.status_changed,${admin.user.id},${admin.user.email},user,${person.id}`,
    );
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") spam, twice"`);
  });

  it("refuses anyone signed out, a non-admin and an admin without a proven session", async () => {
    expect((await get("")).status).toBe(401);
    const client = await createUser(db, "client");
    expect((await get("", await sessionCookie(db, client))).status).toBe(403);
    const unproven = await createUser(db, "admin", { twoFactorEnabledAt: new Date() });
    expect((await get("", await sessionCookie(db, unproven))).status).toBe(403);
  });

  it("answers 400 with a sentence for a filter it does not understand", async () => {
    const admin = await provenAdmin(db);
    const response = await get("?from=yesterday", await provenCookie(admin.user.id));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/YYYY-MM-DD/);
  });
});
