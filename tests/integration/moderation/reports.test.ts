import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema/auth";
import { contentReports } from "~/server/db/schema/trust";
import { callerFor, actorOf } from "../../helpers/caller";
import { at } from "../../helpers/clock";
import { proposalConversation } from "../../helpers/conversations";
import { createProject, createSkill } from "../../helpers/marketplace";
import { notificationsOf } from "../../helpers/notifications";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? String(error),
  );

async function provenAdmin() {
  const admin = await createUser(db, "admin", {
    emailVerified: new Date(),
    twoFactorEnabledAt: new Date(),
  });
  return { user: admin, api: callerFor(db, { ...actorOf(admin), secondFactorVerified: true }) };
}

describe("reporting", () => {
  it("reports a published project once, with its text kept; never a draft, never one's own", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const project = await createProject(db, client.user.id, {
      title: "Send us a deposit first",
      description: "Pay by wire before we talk.",
    });
    const draft = await createProject(db, client.user.id, { status: "draft" });
    const report = (who: typeof client, subjectId: string) =>
      who.api.moderation.reportProject({ subjectId, reason: "scam", note: "Fake listing" });

    await report(freelancer, project.id);
    const [row] = await db
      .select()
      .from(contentReports)
      .where(eq(contentReports.subjectId, project.id));
    expect(row).toMatchObject({
      subjectType: "project",
      subjectOwnerId: client.user.id,
      reporterId: freelancer.user.id,
      reason: "scam",
      note: "Fake listing",
      snapshot: "Send us a deposit first\n\nPay by wire before we talk.",
      status: "open",
    });
    const again = report(freelancer, project.id);
    await expect(again).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already reported this project"),
    });
    expect(await codeOf(report(freelancer, draft.id))).toBe("NOT_FOUND");
    expect(await codeOf(report(freelancer, crypto.randomUUID()))).toBe("NOT_FOUND");
    expect(await codeOf(report(client, project.id))).toBe("FORBIDDEN");
    expect(
      await codeOf(
        callerFor(db, null).moderation.reportProject({ subjectId: project.id, reason: "spam" }),
      ),
    ).toBe("UNAUTHORIZED");
  });

  it("reports a profile, a review and a message only where the reporter can see them", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const stranger = await actor(db, "client");
    await freelancer.api.profile.saveFreelancer({
      headline: "Booking apps",
      bio: "",
      hourlyRateMinor: 9_000,
      currency: "USD",
      availability: "available",
      location: "",
      skillIds: [(await createSkill(db)).id],
      portfolio: [],
    });
    expect(
      await codeOf(
        stranger.api.moderation.reportProfile({ subjectId: freelancer.user.id, reason: "spam" }),
      ),
    ).toBe("OK");
    const suspended = await createUser(db, "client", { status: "suspended" });
    expect(
      await codeOf(
        stranger.api.moderation.reportProfile({ subjectId: suspended.id, reason: "spam" }),
      ),
    ).toBe("NOT_FOUND");

    const sent = await client.api.message.send({ conversationId, body: "Pay me on the side" });
    expect(
      await codeOf(
        stranger.api.moderation.reportMessage({ subjectId: sent.id, reason: "off_platform" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        freelancer.api.moderation.reportMessage({ subjectId: sent.id, reason: "off_platform" }),
      ),
    ).toBe("OK");
  });

  it("refuses an eleventh report within the hour with a sentence", async () => {
    const client = await actor(db, "client");
    const reporter = await actor(db, "freelancer");
    for (let i = 0; i < 10; i++) {
      const project = await createProject(db, client.user.id);
      await reporter.api.moderation.reportProject({ subjectId: project.id, reason: "spam" });
    }
    const one = await createProject(db, client.user.id);
    await expect(
      reporter.api.moderation.reportProject({ subjectId: one.id, reason: "spam" }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("many reports"),
    });
    // An hour later the reporter may report again.
    const later = await at(new Date(Date.now() + 3_700_000), () =>
      codeOf(reporter.api.moderation.reportProject({ subjectId: one.id, reason: "spam" })),
    );
    expect(later).toBe("OK");
  });
});

describe("the moderation queue", () => {
  it("groups open reports by subject, newest first, paged, for proven admins only", async () => {
    const client = await actor(db, "client");
    const [first, second] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    const older = await createProject(db, client.user.id, { title: "Older fake" });
    const newer = await createProject(db, client.user.id, { title: "Newer fake" });
    // Tomorrow, so these are the newest reports of the file.
    const tomorrow = Date.now() + 86_400_000;
    await at(new Date(tomorrow), async () => {
      await first.api.moderation.reportProject({ subjectId: older.id, reason: "scam" });
      await second.api.moderation.reportProject({
        subjectId: older.id,
        reason: "spam",
        note: "Seen it twice",
      });
    });
    await at(new Date(tomorrow + 1_000), () =>
      first.api.moderation.reportProject({ subjectId: newer.id, reason: "scam" }),
    );
    const admin = await provenAdmin();

    const page1 = await admin.api.moderation.queue({ subjectType: "project", limit: 1 });
    expect(page1.items.map((item) => item.subjectId)).toEqual([newer.id]);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await admin.api.moderation.queue({
      subjectType: "project",
      limit: 1,
      cursor: page1.nextCursor,
    });
    expect(page2.items[0]).toMatchObject({
      subjectId: older.id,
      reportCount: 2,
      reasons: ["scam", "spam"],
      snapshot: expect.stringContaining("Older fake"),
      href: `/projects/${older.id}`,
      hiddenAt: null,
    });
    expect(page2.items[0]!.reports.map((r) => r.note)).toContain("Seen it twice");
    expect((await admin.api.moderation.queue({ subjectType: "message" })).items).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ subjectId: older.id })]),
    );

    const unproven = callerFor(db, actorOf(admin.user));
    expect(await codeOf(unproven.moderation.queue({}))).toBe("FORBIDDEN");
    expect(await codeOf(client.api.moderation.queue({}))).toBe("FORBIDDEN");
  });

  it("hides with a reason: reports closed, reporters and author told, one audit event", async () => {
    const client = await actor(db, "client");
    const reporter = await actor(db, "freelancer");
    const project = await createProject(db, client.user.id, { title: "Too good to be true" });
    await reporter.api.moderation.reportProject({ subjectId: project.id, reason: "scam" });
    const admin = await provenAdmin();
    const act = (action: "hide" | "restore" | "dismiss") =>
      admin.api.moderation.act({
        subjectType: "project",
        subjectId: project.id,
        action,
        reason: "A fake listing asking for deposits",
      });

    expect(await act("hide")).toEqual({ closedReports: 1, hidden: true });
    const reports = await db
      .select()
      .from(contentReports)
      .where(eq(contentReports.subjectId, project.id));
    expect(reports.map((r) => [r.status, r.handledBy])).toEqual([["actioned", admin.user.id]]);
    expect((await notificationsOf(db, reporter.user.id)).at(-1)).toMatchObject({
      kind: "report.handled",
      body: "A fake listing asking for deposits",
    });
    expect((await notificationsOf(db, client.user.id)).at(-1)).toMatchObject({
      kind: "content.hidden",
      title: "An admin hid your project.",
      body: "A fake listing asking for deposits",
    });
    const audited = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "content.hidden"), eq(auditEvents.targetId, project.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actorId: admin.user.id,
      detail: { reason: "A fake listing asking for deposits" },
    });

    expect(await codeOf(act("hide"))).toBe("CONFLICT");
    expect(await codeOf(act("dismiss"))).toBe("CONFLICT");
    expect(await act("restore")).toEqual({ closedReports: 0, hidden: false });
    expect(await codeOf(act("restore"))).toBe("CONFLICT");
    expect(
      await codeOf(
        client.api.moderation.act({
          subjectType: "project",
          subjectId: project.id,
          action: "hide",
          reason: "Myself",
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("dismisses reports: closed as dismissed, the reporter told, nothing hidden", async () => {
    const client = await actor(db, "client");
    const reporter = await actor(db, "freelancer");
    const project = await createProject(db, client.user.id);
    await reporter.api.moderation.reportProject({ subjectId: project.id, reason: "spam" });
    const admin = await provenAdmin();
    await admin.api.moderation.act({
      subjectType: "project",
      subjectId: project.id,
      action: "dismiss",
      reason: "An ordinary project",
    });
    const [report] = await db
      .select()
      .from(contentReports)
      .where(eq(contentReports.subjectId, project.id));
    expect(report!.status).toBe("dismissed");
    expect((await notificationsOf(db, reporter.user.id)).at(-1)).toMatchObject({
      kind: "report.handled",
      title: expect.stringContaining("left it up"),
    });
    expect(await notificationsOf(db, client.user.id)).toEqual([]);
    // Dismissed, the reporter may report it again.
    expect(
      await codeOf(
        reporter.api.moderation.reportProject({ subjectId: project.id, reason: "spam" }),
      ),
    ).toBe("OK");
  });

  it("lets a proven admin read a reported message's conversation from the queue", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sent = await client.api.message.send({ conversationId, body: "Pay me outside Guild" });
    await freelancer.api.moderation.reportMessage({ subjectId: sent.id, reason: "off_platform" });
    const admin = await provenAdmin();
    const queue = await admin.api.moderation.queue({ subjectType: "message" });
    const item = queue.items.find((i) => i.subjectId === sent.id)!;
    expect(item.messageReportId).toBeTruthy();
    const seen = await admin.api.admin.reportedConversation({ reportId: item.messageReportId! });
    expect(seen.messages.map((m) => m.body)).toContain("Pay me outside Guild");
  });
});
