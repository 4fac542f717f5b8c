import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { auditEvents } from "~/server/db/schema/auth";
import { messages } from "~/server/db/schema/messages";
import { contentReports } from "~/server/db/schema/trust";
import { getEventBus } from "~/server/events/bus";
import { at } from "../../helpers/clock";
import { proposalConversation } from "../../helpers/conversations";
import { deliveredMail } from "../../helpers/delivered-mail";
import { fund } from "../../helpers/money";
import { kindsOf, notificationsOf, streamOf } from "../../helpers/notifications";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { actorOf, callerFor } from "../../helpers/caller";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * Conversations between a project's client and a freelancer: opened by the relationship,
 * readable and writable by their two members only, delivered through the stream, with
 * receipts, edits within 15 minutes, real deletion, blocks, reports, limits and one email
 * for what stays unread.
 */

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? String(error),
  );

describe("a conversation opens with the relationship", () => {
  it("a proposal opens it for both, with the proposal told in the thread; strangers see nothing", async () => {
    const { client, freelancer, project, conversationId } = await proposalConversation(db);
    for (const member of [client, freelancer]) {
      const inbox = await member.api.message.inbox({});
      expect(inbox.items.map((item) => item.id)).toEqual([conversationId]);
      expect(inbox.items[0]!.project).toEqual({ id: project.id, title: project.title });
    }
    const thread = await client.api.message.thread({ conversationId });
    expect(thread.conversation.other.id).toBe(freelancer.user.id);
    expect(thread.messages).toMatchObject([
      { kind: "system", sender: null, body: expect.stringContaining("sent a proposal") },
    ]);

    const stranger = await actor(db, "client");
    const otherFreelancer = await actor(db, "freelancer");
    for (const outsider of [stranger, otherFreelancer]) {
      expect(await codeOf(outsider.api.message.thread({ conversationId }))).toBe("NOT_FOUND");
      expect(await codeOf(outsider.api.message.send({ conversationId, body: "hello" }))).toBe(
        "NOT_FOUND",
      );
      expect(await codeOf(outsider.api.message.markRead({ conversationId, seq: 1 }))).toBe(
        "NOT_FOUND",
      );
      expect(await codeOf(outsider.api.message.typing({ conversationId }))).toBe("NOT_FOUND");
      expect((await outsider.api.message.inbox({})).items).toEqual([]);
    }
    expect(await codeOf(client.api.message.thread({ conversationId: "no-such-id" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("an invitation opens it too, with the client's note in the thread", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    const { skillIds } = await projectInput(db);
    await freelancer.api.profile.saveFreelancer({
      headline: "Kiosk apps",
      bio: "",
      hourlyRateMinor: 9_000,
      currency: "USD",
      availability: "available",
      location: "",
      skillIds,
      portfolio: [],
    });
    const project = await client.api.project.create(await projectInput(db));
    await client.api.project.publish({ id: project.id });
    await client.api.invitation.send({
      projectId: project.id,
      freelancerId: freelancer.user.id,
      message: "Your kiosk work fits this.",
    });
    const { conversationId } = await freelancer.api.message.find({ projectId: project.id });
    const thread = await freelancer.api.message.thread({ conversationId: conversationId! });
    expect(thread.messages[0]!.body).toBe(
      `${client.user.name} invited ${freelancer.user.name} to send a proposal.\n\nYour kiosk work fits this.`,
    );
    // The proposal that answers it stays in the same conversation.
    await freelancer.api.proposal.submit(proposalInput(project.id));
    const after = await client.api.message.find({
      projectId: project.id,
      freelancerId: freelancer.user.id,
    });
    expect(after.conversationId).toBe(conversationId);
  });

  it("after the hire it carries on as the contract's, telling its events", async () => {
    const client = await actor(db, "client");
    const { freelancer, project, proposal, conversationId } = await proposalConversation(db, {
      client,
    });
    await freelancer.api.message.send({ conversationId, body: "Is the museum open on Mondays?" });
    const contract = await client.api.proposal.accept({ id: proposal.id });
    const thread = await freelancer.api.message.thread({ conversationId });
    expect(thread.conversation.contractId).toBe(contract.id);
    expect(thread.messages.map((m) => m.kind)).toEqual(["system", "text", "system"]);
    expect(thread.messages.at(-1)!.body).toContain("the contract has started");
    const milestone = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Booking screens",
      amountMinor: 100_000,
      dueDate: null,
    });
    await fund(client, milestone!.id);
    await freelancer.api.contract.submitMilestone({
      id: milestone!.id,
      note: "Screens are in the shared folder.",
      links: [],
    });
    await client.api.contract.approveMilestone({ id: milestone!.id });
    const after = await client.api.message.thread({ conversationId });
    expect(after.messages.slice(-2).map((m) => m.body)).toEqual([
      `${freelancer.user.name} submitted “Booking screens” for review.`,
      expect.stringContaining(`${client.user.name} approved “Booking screens”.`),
    ]);
    expect(project.id).toBe(after.conversation.project.id);
  });
});

describe("sending and reading", () => {
  it("a message reaches both streams; reading it sends a receipt and clears the count", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sent = await client.api.message.send({
      conversationId,
      body: "Could you **start** next week?",
    });
    expect(sent).toMatchObject({ mine: true, seq: 2, body: "Could you **start** next week?" });
    expect(await freelancer.api.message.unreadTotal()).toBe(1);
    expect(await client.api.message.unreadTotal()).toBe(0);
    const heard = (await streamOf(db, freelancer.user.id)).filter((e) => e.type === "message");
    expect(heard.at(-1)!.data).toMatchObject({
      conversationId,
      messageId: sent.id,
      change: "new",
      unreadMessages: 1,
    });

    await freelancer.api.message.markRead({ conversationId, seq: sent.seq });
    expect(await freelancer.api.message.unreadTotal()).toBe(0);
    const receipt = (await streamOf(db, client.user.id)).filter((e) => e.type === "read").at(-1);
    expect(receipt?.data).toMatchObject({ conversationId, userId: freelancer.user.id, seq: 2 });
    expect((await client.api.message.thread({ conversationId })).otherLastReadSeq).toBe(2);
    // A late call from an older tab does not move the position back.
    await freelancer.api.message.markRead({ conversationId, seq: 1 });
    expect((await client.api.message.thread({ conversationId })).otherLastReadSeq).toBe(2);
  });

  it("a retried send with the same key is one message", async () => {
    const { client, conversationId } = await proposalConversation(db);
    const clientKey = crypto.randomUUID();
    const [a, b] = await Promise.all([
      client.api.message.send({ conversationId, body: "Once", clientKey }),
      client.api.message.send({ conversationId, body: "Once", clientKey }),
    ]);
    expect(a.id).toBe(b.id);
    expect(await db.$count(messages, eq(messages.conversationId, conversationId))).toBe(2);
  });

  it("refuses an empty message and an over-long one with readable field errors", async () => {
    const { client, conversationId } = await proposalConversation(db);
    const empty = await client.api.message.send({ conversationId, body: "   " }).catch((e) => e);
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.shape?.data?.fieldErrors?.body ?? empty.message).toBeTruthy();
    const long = await client.api.message
      .send({ conversationId, body: "x".repeat(5_001) })
      .catch((e: { code: string }) => e.code);
    expect(long).toBe("BAD_REQUEST");
  });

  it("pages the inbox newest first and finds conversations by person or project", async () => {
    const client = await actor(db, "client");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await proposalConversation(db, { client })).conversationId);
    await client.api.message.send({ conversationId: ids[0]!, body: "Back to the first" });
    const first = await client.api.message.inbox({ limit: 2 });
    expect(first.items.map((item) => item.id)).toEqual([ids[0], ids[2]]);
    const second = await client.api.message.inbox({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.id)).toEqual([ids[1]]);
    expect(second.nextCursor).toBeNull();
    const thread = await client.api.message.thread({ conversationId: ids[1]! });
    const byName = await client.api.message.inbox({ search: thread.conversation.other.name });
    expect(byName.items.map((item) => item.id)).toEqual([ids[1]]);
    expect((await client.api.message.inbox({ search: "%_" })).items).toEqual([]);
  });

  it("pages a thread back from the newest", async () => {
    const { client, conversationId } = await proposalConversation(db);
    for (let i = 1; i <= 5; i++) await client.api.message.send({ conversationId, body: `m${i}` });
    const newest = await client.api.message.thread({ conversationId, limit: 3 });
    expect(newest.messages.map((m) => m.body)).toEqual(["m3", "m4", "m5"]);
    const older = await client.api.message.thread({
      conversationId,
      limit: 3,
      before: newest.olderBefore,
    });
    expect(older.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(older.olderBefore).toBeNull();
  });
});

describe("editing and deleting", () => {
  it("its author edits within 15 minutes, then not; nobody else edits it", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sentAt = new Date("2026-03-02T10:00:00Z");
    const sent = await at(sentAt, () =>
      client.api.message.send({ conversationId, body: "Teh brief" }),
    );
    const edited = await at(new Date("2026-03-02T10:14:00Z"), () =>
      client.api.message.edit({ id: sent.id, body: "The brief" }),
    );
    expect(edited).toMatchObject({ body: "The brief", editedAt: new Date("2026-03-02T10:14:00Z") });
    expect(
      await codeOf(
        at(new Date("2026-03-02T10:15:01Z"), () =>
          client.api.message.edit({ id: sent.id, body: "Late" }),
        ),
      ),
    ).toBe("CONFLICT");
    expect(await codeOf(freelancer.api.message.edit({ id: sent.id, body: "Mine now" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(freelancer.api.message.delete({ id: sent.id }))).toBe("NOT_FOUND");
  });

  it("deleting removes the text from the database and leaves 'message deleted'", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sent = await client.api.message.send({ conversationId, body: "my phone is 555-0100" });
    await client.api.message.delete({ id: sent.id });
    const [row] = await db.select().from(messages).where(eq(messages.id, sent.id));
    expect(row).toMatchObject({ body: null });
    expect(row!.deletedAt).toBeInstanceOf(Date);
    const seen = (await freelancer.api.message.thread({ conversationId })).messages.at(-1);
    expect(seen).toMatchObject({ id: sent.id, deleted: true, body: null, attachments: [] });
    expect(await freelancer.api.message.unreadTotal()).toBe(0);
    await client.api.message.delete({ id: sent.id });
  });
});

describe("blocks and reports", () => {
  it("a block stops messages both ways and keeps the history; unblocking restores it", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    await client.api.message.send({ conversationId, body: "Before the block" });
    await freelancer.api.message.block({ userId: client.user.id });
    expect(await codeOf(client.api.message.send({ conversationId, body: "Hello?" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(freelancer.api.message.send({ conversationId, body: "Bye" }))).toBe(
      "FORBIDDEN",
    );
    const thread = await client.api.message.thread({ conversationId });
    expect(thread.blocked).toEqual({ byMe: false, byThem: true });
    expect(thread.messages.at(-1)!.body).toBe("Before the block");
    const heard: unknown[] = [];
    const stop = getEventBus().subscribe(freelancer.user.id, (signal) => heard.push(signal));
    expect(await client.api.message.typing({ conversationId })).toEqual({ sent: false });
    stop();
    expect(heard).toEqual([]);
    await freelancer.api.message.unblock({ userId: client.user.id });
    await client.api.message.send({ conversationId, body: "After" });
  });

  it("typing reaches the other member's streams and is never stored", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const heard: unknown[] = [];
    const stop = getEventBus().subscribe(freelancer.user.id, (signal) => heard.push(signal));
    const before = (await streamOf(db, freelancer.user.id)).length;
    await client.api.message.typing({ conversationId });
    stop();
    expect(heard).toEqual([
      {
        type: "typing",
        data: {
          conversationId,
          userId: client.user.id,
          name: client.user.name,
          until: expect.any(Number),
        },
      },
    ]);
    expect((await streamOf(db, freelancer.user.id)).length).toBe(before);
  });

  it("a member reports the other's message once; the text is kept with the report", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sent = await client.api.message.send({ conversationId, body: "Pay me outside Guild" });
    const report = (who: typeof client, id: string, note: string) =>
      who.api.moderation.reportMessage({ subjectId: id, reason: "off_platform", note });
    await report(freelancer, sent.id, "Asks to pay off the platform");
    await client.api.message.delete({ id: sent.id });
    const [row] = await db
      .select()
      .from(contentReports)
      .where(eq(contentReports.subjectId, sent.id));
    expect(row).toMatchObject({
      subjectType: "message",
      subjectOwnerId: client.user.id,
      reporterId: freelancer.user.id,
      snapshot: "Pay me outside Guild",
      status: "open",
    });
    const own = await client.api.message.send({ conversationId, body: "Mine" });
    expect(await codeOf(report(client, own.id, "My own message"))).toBe("FORBIDDEN");
    expect(await codeOf(report(freelancer, own.id, "Once"))).toBe("OK");
    expect(await codeOf(report(freelancer, own.id, "Again, the same"))).toBe("CONFLICT");
    const stranger = await actor(db, "freelancer");
    expect(await codeOf(report(stranger, own.id, "Not mine at all"))).toBe("NOT_FOUND");
  });
});

describe("an administrator and a report", () => {
  it("a proven admin reads a reported conversation, and each reading is audited; nothing else", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sent = await client.api.message.send({ conversationId, body: "Pay me outside Guild" });
    const admin = await createUser(db, "admin", {
      emailVerified: new Date(),
      twoFactorEnabledAt: new Date(),
    });
    const proven = callerFor(db, { ...actorOf(admin), secondFactorVerified: true });
    const unproven = callerFor(db, actorOf(admin));
    // No report yet: nothing to read.
    const { id: reportId } = await freelancer.api.moderation.reportMessage({
      subjectId: sent.id,
      reason: "off_platform",
      note: "Asks to be paid off the platform",
    });
    expect(await codeOf(proven.admin.reportedConversation({ reportId: crypto.randomUUID() }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(unproven.admin.reportedConversation({ reportId }))).toBe("FORBIDDEN");
    expect(await codeOf(client.api.admin.reportedConversation({ reportId }))).toBe("FORBIDDEN");

    const seen = await proven.admin.reportedConversation({ reportId });
    expect(seen.report).toMatchObject({ snapshot: "Pay me outside Guild", messageId: sent.id });
    expect(seen.messages.map((m) => m.body)).toEqual([
      expect.stringContaining("sent a proposal"),
      "Pay me outside Guild",
    ]);
    const logged = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "conversation.read_by_admin"));
    expect(logged.at(-1)).toMatchObject({
      actorId: admin.id,
      detail: { conversationId, reportId },
    });
  });
});

describe("limits and the unread email", () => {
  it("a flood is refused with a sentence that says when to try again", async () => {
    const { client, conversationId } = await proposalConversation(db);
    for (let i = 0; i < 30; i++) await client.api.message.send({ conversationId, body: `n${i}` });
    const refused = await client.api.message
      .send({ conversationId, body: "one more" })
      .catch((error: { code: string; message: string }) => error);
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((refused as { message: string }).message).toMatch(/Wait .* and send it again/);
  });

  it("what stays unread for 10 minutes is told once per conversation, not per message", async () => {
    const { client, freelancer, conversationId, project } = await proposalConversation(db);
    // In the past, so the 10-minute wait is over by the wall clock the job runner uses.
    await at(new Date("2026-01-05T09:00:00Z"), async () => {
      await client.api.message.send({ conversationId, body: "First question" });
      await client.api.message.send({ conversationId, body: "Second question" });
    });
    await deliveredMail(db, freelancer.user.email);
    const told = (await notificationsOf(db, freelancer.user.id)).filter(
      (n) => n.kind === "message.unread",
    );
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      title: `${client.user.name} sent you 2 messages about “${project.title}”.`,
      body: "Second question",
      href: `/messages/${conversationId}`,
    });
    // Read before its 10 minutes: nothing more.
    await at(new Date("2026-01-05T10:00:00Z"), () =>
      client.api.message.send({ conversationId, body: "Third" }),
    );
    const thread = await freelancer.api.message.thread({ conversationId });
    await freelancer.api.message.markRead({ conversationId, seq: thread.conversation.lastSeq });
    await deliveredMail(db, freelancer.user.email);
    expect(
      (await kindsOf(db, freelancer.user.id)).filter((k) => k === "message.unread"),
    ).toHaveLength(1);
  });
});
