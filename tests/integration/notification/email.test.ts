import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { Database } from "~/server/db/client";
import { notifications } from "~/server/db/schema/notifications";
import { users } from "~/server/db/schema/users";
import { dispatchDigests } from "~/server/domain/notification/dispatch-digests";
import { emailNotification } from "~/server/domain/notification/email-notification";
import { digestEmail, notificationEmail } from "~/server/domain/notification/email-templates";
import { notify, type Notice } from "~/server/domain/notification/notify";
import { sendDigest } from "~/server/domain/notification/send-digest";
import type * as Mailer from "~/server/mail/mailer";
import type { OutgoingMail } from "~/server/mail/mailer";
import { notificationKinds, type NotificationKind } from "~/shared/notifications";
import { jobsNamed, notificationsOf } from "../../helpers/notifications";
import { actor, domainCtx } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * Email: a kind's setting decides whether a notification gets an email job (at once), waits
 * for the daily digest or gets nothing; a notification is emailed once whatever the retries;
 * the digest carries only what is still unread, at 08:00 where the person lives.
 */

/** Every message the domain sends, still written to the outbox as the real mailer does. */
const mailbox = vi.hoisted(() => ({ sent: [] as OutgoingMail[], failing: false }));
vi.mock("~/server/mail/mailer", async (importOriginal) => {
  const real = await importOriginal<typeof Mailer>();
  return {
    ...real,
    sendMail: async (mail: OutgoingMail) => {
      if (mailbox.failing) throw new Error("SMTP is down");
      mailbox.sent.push(mail);
      await real.sendMail(mail);
    },
  };
});

let db: Database;
const ctx = () => domainCtx(db);
const to = (address: string) => mailbox.sent.filter((mail) => mail.to === address);

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});
beforeEach(() => {
  mailbox.failing = false;
});

let n = 0;
function notice(userId: string, kind: NotificationKind = "proposal.received"): Notice {
  n++;
  return {
    userId,
    kind,
    eventKey: `test:${n}`,
    title: `Ada Lovelace sent a proposal for “Kiosk app ${n}”.`,
    body: "Their bid: $3,500 (fixed price).",
    href: `/my/projects/project-${n}`,
  };
}

async function personWith(
  settings: Partial<Record<NotificationKind, "immediately" | "daily" | "off">>,
) {
  const person = await actor(db, "client");
  for (const [kind, email] of Object.entries(settings))
    await person.api.notification.setPreference({ kind: kind as NotificationKind, email });
  return person;
}

const emailJobFor = async (notificationId: string) =>
  (await jobsNamed(db, "notification.email")).filter(
    (job) => (job.payload as { notificationId: string }).notificationId === notificationId,
  );

describe("a kind's email setting", () => {
  it("at once: one email job, keyed by the notification", async () => {
    const person = await personWith({});
    const id = (await notify(ctx(), notice(person.user.id)))!;
    expect(await emailJobFor(id)).toMatchObject([
      {
        name: "notification.email",
        payload: { notificationId: id },
        dedupeKey: `notification.email:${id}`,
        status: "waiting",
      },
    ]);
  });

  it("daily or off: no email job (the notification is still shown in the app)", async () => {
    const person = await personWith({ "proposal.received": "daily", "proposal.hired": "off" });
    const daily = (await notify(ctx(), notice(person.user.id, "proposal.received")))!;
    const off = (await notify(ctx(), notice(person.user.id, "proposal.hired")))!;
    expect(await emailJobFor(daily)).toEqual([]);
    expect(await emailJobFor(off)).toEqual([]);
    expect(await person.api.notification.unreadCount()).toBe(2);
  });

  it("turned off, no more email: an email job already waiting sends nothing", async () => {
    const person = await personWith({});
    const id = (await notify(ctx(), notice(person.user.id)))!;
    await person.api.notification.setPreference({ kind: "proposal.received", email: "off" });
    expect(await emailNotification(ctx(), id)).toBe(false);
    expect(to(person.user.email)).toEqual([]);
  });
});

describe("emailing one notification", () => {
  it("sends once, however often the job runs, and marks it emailed", async () => {
    const person = await personWith({});
    const id = (await notify(ctx(), notice(person.user.id)))!;
    const runs = await Promise.all([emailNotification(ctx(), id), emailNotification(ctx(), id)]);
    expect(await emailNotification(ctx(), id)).toBe(false);
    expect(runs.filter(Boolean)).toHaveLength(1);
    const mails = to(person.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: expect.stringMatching(/^Ada Lovelace sent a proposal for “Kiosk app \d+”\.$/),
      headers: { "List-Unsubscribe": "<http://localhost:3000/account/notifications>" },
    });
    const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
    expect(row!.emailedAt).toBeInstanceOf(Date);
  });

  it("sends nothing once it is read", async () => {
    const person = await personWith({});
    const id = (await notify(ctx(), notice(person.user.id)))!;
    await person.api.notification.markRead({ id });
    expect(await emailNotification(ctx(), id)).toBe(false);
    expect(to(person.user.email)).toEqual([]);
  });

  it("a failed send is given back, so the retry sends it", async () => {
    const person = await personWith({});
    const id = (await notify(ctx(), notice(person.user.id)))!;
    mailbox.failing = true;
    await expect(emailNotification(ctx(), id)).rejects.toThrow("SMTP is down");
    const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
    expect(row!.emailedAt).toBeNull();
    mailbox.failing = false;
    expect(await emailNotification(ctx(), id)).toBe(true);
    expect(to(person.user.email)).toHaveLength(1);
  });

  it("goes to the outbox as text and HTML, with List-Unsubscribe", async () => {
    const person = await personWith({});
    const id = (await notify(ctx(), notice(person.user.id)))!;
    await emailNotification(ctx(), id);
    const dir = process.env.MAIL_OUTBOX_DIR!;
    const file = readdirSync(dir)
      .filter((name) => name.endsWith(`-${person.user.email}.eml`))
      .at(-1)!;
    const raw = readFileSync(path.join(dir, file), "utf8");
    expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/account\/notifications>$/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(raw).toMatch(/^Content-Type: text\/plain/m);
    expect(raw).toMatch(/^Content-Type: text\/html/m);
  });
});

describe("the templates", () => {
  const hostile = {
    title: `<script>alert("x")</script> & “Kiosk” sent 'you' a proposal.`,
    body: "<img src=x onerror=alert(1)>\nSecond line.",
    href: "/contracts/abc",
  };

  it.each(notificationKinds)(
    "%s: text and HTML, escaped, linking to the subject and preferences",
    (kind) => {
      const mail = notificationEmail({ name: "<b>Grace</b>" }, { kind, ...hostile });
      expect(mail.subject).toBe(hostile.title);
      expect(mail.text).toContain(hostile.title);
      expect(mail.text).toContain("http://localhost:3000/contracts/abc");
      expect(mail.text).toContain("http://localhost:3000/account/notifications");
      expect(mail.text).toContain("> Second line.");
      expect(mail.html).toContain('href="http://localhost:3000/contracts/abc"');
      expect(mail.html).toContain('href="http://localhost:3000/account/notifications"');
      expect(mail.html).toContain(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “Kiosk” sent &#39;you&#39;",
      );
      expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(mail.html).toContain("Hi &lt;b&gt;Grace&lt;/b&gt;,");
      expect(mail.html).not.toMatch(/<script|<img|<b>/);
    },
  );

  it("keeps a subject to one line", () => {
    const mail = notificationEmail(
      { name: "Grace" },
      {
        kind: "proposal.received",
        title: "Line one\r\nBcc: someone@example.com",
        body: null,
        href: "/x",
      },
    );
    expect(mail.subject).toBe("Line one Bcc: someone@example.com");
  });

  it("the digest lists each notification with its link, escaped", () => {
    const mail = digestEmail({ name: "Grace" }, [
      { kind: "proposal.received", ...hostile },
      {
        kind: "milestone.submitted",
        title: "Ada submitted “Screens”.",
        body: null,
        href: "/contracts/def",
      },
    ]);
    expect(mail.subject).toBe("Guild: 2 unread notifications");
    expect(mail.text).toContain(
      "- Ada submitted “Screens”.\n  http://localhost:3000/contracts/def",
    );
    expect(mail.html).toContain('href="http://localhost:3000/contracts/abc"');
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.html).toContain("http://localhost:3000/account/notifications");
  });
});

describe("the daily digest", () => {
  it("gathers only what is unread, not yet emailed and set to daily; marks it; sends nothing twice", async () => {
    const person = await personWith({
      "proposal.received": "daily",
      "milestone.submitted": "daily",
      "proposal.hired": "off",
    });
    const daily = (await notify(ctx(), notice(person.user.id, "proposal.received")))!;
    const read = (await notify(ctx(), notice(person.user.id, "milestone.submitted")))!;
    await notify(ctx(), notice(person.user.id, "proposal.hired"));
    const atOnce = (await notify(ctx(), notice(person.user.id, "review.received")))!;
    await person.api.notification.markRead({ id: read });
    await emailNotification(ctx(), atOnce);

    expect(await sendDigest(ctx(), { userId: person.user.id, day: "2030-01-15" })).toBe(1);
    const digests = to(person.user.email).filter((mail) => mail.subject.startsWith("Guild:"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("Guild: 1 unread notification");
    expect(digests[0]!.headers).toEqual({
      "List-Unsubscribe": "<http://localhost:3000/account/notifications>",
    });
    const rows = await notificationsOf(db, person.user.id);
    expect(rows.find((row) => row.id === daily)!.emailedAt).toBeInstanceOf(Date);
    // Run again (a retry, or tomorrow with nothing new): nothing is sent.
    expect(await sendDigest(ctx(), { userId: person.user.id, day: "2030-01-15" })).toBe(0);
    expect(to(person.user.email).filter((mail) => mail.subject.startsWith("Guild:"))).toHaveLength(
      1,
    );
  });

  it("sends nothing when everything is read", async () => {
    const person = await personWith({ "proposal.received": "daily" });
    await notify(ctx(), notice(person.user.id));
    await person.api.notification.markAllRead();
    expect(await sendDigest(ctx(), { userId: person.user.id, day: "2030-01-15" })).toBe(0);
    expect(to(person.user.email)).toEqual([]);
  });

  it("a failed send leaves everything for the retry", async () => {
    const person = await personWith({ "proposal.received": "daily" });
    await notify(ctx(), notice(person.user.id));
    await notify(ctx(), notice(person.user.id));
    mailbox.failing = true;
    await expect(
      sendDigest(ctx(), { userId: person.user.id, day: "2030-01-15" }),
    ).rejects.toThrow();
    mailbox.failing = false;
    expect(await sendDigest(ctx(), { userId: person.user.id, day: "2030-01-15" })).toBe(2);
  });
});

describe("dispatching digests", () => {
  /** Someone in `timeZone` with one unread daily notification waiting. */
  async function waitingIn(timeZone: string) {
    const person = await personWith({ "proposal.received": "daily" });
    await db.update(users).set({ timeZone }).where(eq(users.id, person.user.id));
    await notify(ctx(), notice(person.user.id));
    return person.user.id;
  }
  const digestJobs = async (userId: string) =>
    (await jobsNamed(db, "notification.digest")).filter(
      (job) => (job.payload as { userId: string }).userId === userId,
    );

  it("enqueues a person's digest only in the 08:00 hour of their own zone, once a day", async () => {
    const tokyo = await waitingIn("Asia/Tokyo");
    const lisbon = await waitingIn("Europe/Lisbon");
    const kolkata = await waitingIn("Asia/Kolkata");
    // 23:10 UTC on Jan 14 is 08:10 on Jan 15 in Tokyo, 23:10 in Lisbon, 04:40 in Kolkata.
    await dispatchDigests(ctx(), new Date("2030-01-14T23:10:00Z"));
    await dispatchDigests(ctx(), new Date("2030-01-14T23:50:00Z"));
    expect(await digestJobs(tokyo)).toMatchObject([
      {
        payload: { userId: tokyo, day: "2030-01-15" },
        dedupeKey: `digest:${tokyo}:2030-01-15`,
      },
    ]);
    expect(await digestJobs(lisbon)).toEqual([]);
    expect(await digestJobs(kolkata)).toEqual([]);
    // 02:30 UTC is 08:00 in Kolkata (UTC+5:30); 08:00 UTC is 08:00 in Lisbon in winter.
    await dispatchDigests(ctx(), new Date("2030-01-15T02:30:00Z"));
    await dispatchDigests(ctx(), new Date("2030-01-15T08:00:00Z"));
    expect(await digestJobs(kolkata)).toMatchObject([{ payload: { day: "2030-01-15" } }]);
    expect(await digestJobs(lisbon)).toMatchObject([{ dedupeKey: `digest:${lisbon}:2030-01-15` }]);
    // The next morning is another day's digest.
    await dispatchDigests(ctx(), new Date("2030-01-15T23:05:00Z"));
    expect((await digestJobs(tokyo)).map((job) => (job.payload as { day: string }).day)).toEqual([
      "2030-01-15",
      "2030-01-16",
    ]);
  });

  it("skips people with nothing waiting: read, already emailed, or not set to daily", async () => {
    const waiting = await waitingIn("UTC");
    const readIt = await waitingIn("UTC");
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(eq(notifications.userId, readIt));
    const emailed = await waitingIn("UTC");
    await db
      .update(notifications)
      .set({ emailedAt: new Date() })
      .where(eq(notifications.userId, emailed));
    const atOnce = (await actor(db, "client")).user.id;
    await notify(ctx(), notice(atOnce));
    await dispatchDigests(ctx(), new Date("2030-02-01T08:15:00Z"));
    expect(await digestJobs(waiting)).toHaveLength(1);
    expect(await digestJobs(readIt)).toEqual([]);
    expect(await digestJobs(emailed)).toEqual([]);
    expect(await digestJobs(atOnce)).toEqual([]);
  });
});
