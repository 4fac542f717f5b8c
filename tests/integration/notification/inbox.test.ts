import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import * as schema from "~/server/db/schema/index";
import { users } from "~/server/db/schema/users";
import { listNotifications, unreadCount } from "~/server/domain/notification/list-notifications";
import { notify } from "~/server/domain/notification/notify";
import { notificationKinds } from "~/shared/notifications";
import { NOTIFICATIONS_PAGE_SIZE } from "~/shared/schemas/notification";
import { callerFor } from "../../helpers/caller";
import { at } from "../../helpers/clock";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { streamOf } from "../../helpers/notifications";
import { actor, domainCtx } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * A person's own notifications: newest first in keyset pages, marked read one by one or all
 * at once (each mark tells their other tabs the new count), and how they want them by email.
 * Nobody reads, counts or marks anyone else's.
 */

let db: Database;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  fingerprint = await databaseFingerprint(db);
});

/** `count` notifications for `userId`, a minute apart from `start`, oldest first. */
async function notified(userId: string, count: number, start = Date.UTC(2030, 0, 1)) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await at(new Date(start + i * 60_000), () =>
      notify(domainCtx(db), {
        userId,
        kind: "proposal.received",
        eventKey: `test:${userId}:${i}`,
        title: `Proposal number ${i}.`,
        href: "/my/projects/x",
      }),
    );
    ids.push(id!);
  }
  return ids;
}

describe("the list", () => {
  it("is newest first, in keyset pages of 20, and only the person's own", async () => {
    const me = await actor(db, "client");
    const someoneElse = await actor(db, "client");
    const ids = await notified(me.user.id, NOTIFICATIONS_PAGE_SIZE + 5);
    await notified(someoneElse.user.id, 3);

    const first = await me.api.notification.list({});
    expect(first.items.map((n) => n.id)).toEqual(ids.slice(5).reverse());
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await me.api.notification.list({ cursor: first.nextCursor });
    expect(second.items.map((n) => n.id)).toEqual(ids.slice(0, 5).reverse());
    expect(second.nextCursor).toBeNull();
    expect(await me.api.notification.unreadCount()).toBe(NOTIFICATIONS_PAGE_SIZE + 5);
    expect(await someoneElse.api.notification.unreadCount()).toBe(3);
  });

  it("keeps its place when notifications share a millisecond", async () => {
    const me = await actor(db, "freelancer");
    const ids = await at(new Date(Date.UTC(2030, 1, 1)), async () => {
      const written: string[] = [];
      for (let i = 0; i < NOTIFICATIONS_PAGE_SIZE + 2; i++) {
        written.push(
          (await notify(domainCtx(db), {
            userId: me.user.id,
            kind: "proposal.hired",
            eventKey: `same-moment:${i}`,
            title: "Hired.",
            href: "/contracts/x",
          }))!,
        );
      }
      return written;
    });
    const first = await me.api.notification.list({});
    const second = await me.api.notification.list({ cursor: first.nextCursor });
    const seen = [...first.items, ...second.items].map((n) => n.id);
    expect(seen).toHaveLength(ids.length);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it("refuses a cursor that is not one", async () => {
    const me = await actor(db, "client");
    await expect(me.api.notification.list({ cursor: "not-a-cursor" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("answers nobody signed out", async () => {
    const anonymous = callerFor(db);
    await expect(anonymous.notification.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.notification.unreadCount()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("the queries behind the bell and the list", () => {
  /** The plan of every statement `work` runs against the database, by statement. */
  async function plans(work: (db: Database) => Promise<unknown>) {
    const logged: { sql: string; params: unknown[] }[] = [];
    const traced = drizzle(db.$client, {
      schema,
      logger: { logQuery: (sql, params) => logged.push({ sql, params }) },
    }) as unknown as Database;
    await work(traced);
    return Promise.all(
      logged.map(async ({ sql, params }) => {
        const plan = await db.$client.execute({
          sql: `explain query plan ${sql}`,
          args: params as never[],
        });
        return plan.rows.map((row) => String(row.detail)).join("\n");
      }),
    );
  }

  it("read one person's index in page order, never sorting or scanning everyone's", async () => {
    const me = await actor(db, "client");
    const [first] = await notified(me.user.id, 3);
    const ctx = (traced: Database) => ({ db: traced, actor: me.session });
    const [page] = await plans((traced) => listNotifications({ ctx: ctx(traced), input: {} }));
    const [next] = await plans((traced) =>
      listNotifications({
        ctx: ctx(traced),
        input: { cursor: `${Date.UTC(2030, 0, 1)}_${first}` },
      }),
    );
    const [count] = await plans((traced) => unreadCount({ ctx: ctx(traced) }));
    // Each row shown is checked against hidden content it quotes by a key, nothing wider: a
    // project and a review by primary key, a message within its conversation.
    const hiddenCheck = [
      "",
      "CORRELATED SCALAR SUBQUERY 1",
      "SEARCH p USING INDEX sqlite_autoindex_projects_1 (id=?)",
      "CORRELATED SCALAR SUBQUERY 2",
      "SEARCH r USING INDEX sqlite_autoindex_reviews_1 (id=?)",
      "CORRELATED SCALAR SUBQUERY 3",
      "SEARCH m USING INDEX messages_conversation_seq_unique (conversation_id=?)",
    ].join("\n");
    expect(page).toBe(
      `SEARCH notifications USING INDEX notifications_user_idx (user_id=?)${hiddenCheck}`,
    );
    // The next page enters the index at the cursor.
    expect(next).toBe(
      `SEARCH notifications USING INDEX notifications_user_idx (user_id=? AND (created_at,id)<(?,?))${hiddenCheck}`,
    );
    expect(page).not.toContain("TEMP B-TREE");
    expect(next).not.toContain("TEMP B-TREE");
    expect(count).toMatch(/USING (COVERING )?INDEX notifications_unread_idx \(user_id=\?\)/);
  });
});

describe("marking read", () => {
  it("one at a time, then all; each mark tells the person's tabs the count", async () => {
    const me = await actor(db, "client");
    const [a, b, c] = await notified(me.user.id, 3);
    expect(await me.api.notification.markRead({ id: b! })).toEqual({ unread: 2 });
    // Again: nothing changes, and the tabs hear nothing new.
    expect(await me.api.notification.markRead({ id: b! })).toEqual({ unread: 2 });
    const { items } = await me.api.notification.list({});
    expect(items.map((n) => [n.id, n.readAt !== null])).toEqual([
      [c, false],
      [b, true],
      [a, false],
    ]);
    expect(await me.api.notification.markAllRead()).toEqual({ unread: 0 });
    expect(await me.api.notification.markAllRead()).toEqual({ unread: 0 });
    expect(await me.api.notification.unreadCount()).toBe(0);
    const stream = await streamOf(db, me.user.id);
    expect(stream.map((event) => [event.type, event.data.unread])).toEqual([
      ["notification", 1],
      ["notification", 2],
      ["notification", 3],
      ["unread", 2],
      ["unread", 0],
    ]);
  });

  it("nobody marks another person's notification, or learns it exists", async () => {
    const owner = await actor(db, "client");
    const [id] = await notified(owner.user.id, 1);
    const strangers = [
      await actor(db, "client"),
      await actor(db, "freelancer"),
      await actor(db, "admin"),
    ];
    const before = await fingerprint();
    for (const stranger of strangers) {
      const refused = await stranger.api.notification
        .markRead({ id: id! })
        .catch((e: unknown) => e);
      const missing = await stranger.api.notification
        .markRead({ id: crypto.randomUUID() })
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: "NOT_FOUND" });
      expect((refused as Error).message).toBe((missing as Error).message);
      // Their "mark all" marks only their own.
      await stranger.api.notification.markAllRead();
      expect((await stranger.api.notification.list({})).items).toEqual([]);
    }
    expect(await fingerprint()).toBe(before);
    expect(await owner.api.notification.unreadCount()).toBe(1);
  });
});

describe("preferences", () => {
  it("every kind starts at email at once; a choice sticks per kind", async () => {
    const me = await actor(db, "freelancer");
    const initial = await me.api.notification.preferences();
    expect(initial.timeZone).toBe("UTC");
    expect(initial.email.map((p) => p.kind)).toEqual([...notificationKinds]);
    expect(new Set(initial.email.map((p) => p.email))).toEqual(new Set(["immediately"]));
    await me.api.notification.setPreference({ kind: "proposal.declined", email: "off" });
    await me.api.notification.setPreference({ kind: "milestone.approved", email: "daily" });
    await me.api.notification.setPreference({ kind: "milestone.approved", email: "off" });
    const after = await me.api.notification.preferences();
    expect(after.email.filter((p) => p.email !== "immediately")).toEqual([
      { kind: "proposal.declined", email: "off" },
      { kind: "milestone.approved", email: "off" },
    ]);
    const other = await actor(db, "freelancer");
    expect(
      (await other.api.notification.preferences()).email.every((p) => p.email === "immediately"),
    ).toBe(true);
  });

  it("refuses a kind or a setting that does not exist", async () => {
    const me = await actor(db, "client");
    await expect(
      me.api.notification.setPreference({ kind: "nope" as "proposal.received", email: "off" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      me.api.notification.setPreference({
        kind: "proposal.received",
        email: "hourly" as "off",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("the time zone", () => {
  it("takes an IANA zone, stored by its canonical name, on the account", async () => {
    const me = await actor(db, "client");
    await expect(me.api.account.setTimeZone({ timeZone: "europe/lisbon" })).resolves.toEqual({
      timeZone: "Europe/Lisbon",
    });
    const [row] = await db.select().from(users).where(eq(users.id, me.user.id));
    expect(row!.timeZone).toBe("Europe/Lisbon");
    expect((await me.api.notification.preferences()).timeZone).toBe("Europe/Lisbon");
  });

  it("refuses what is not a zone, with a sentence for the field", async () => {
    const me = await actor(db, "client");
    for (const timeZone of ["Mars/Olympus_Mons", "+01:00", "", "Europe/Lisbon; drop table"]) {
      await expect(me.api.account.setTimeZone({ timeZone })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    const refusal = await me.api.account
      .setTimeZone({ timeZone: "Mars/Olympus_Mons" })
      .catch((e: { cause: { issues: { message: string }[] } }) => e.cause.issues[0]!.message);
    expect(refusal).toBe("Choose a time zone from the list, such as Europe/Lisbon.");
  });
});
