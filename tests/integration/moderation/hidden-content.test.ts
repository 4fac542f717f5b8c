import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { callerFor, actorOf } from "../../helpers/caller";
import { proposalConversation } from "../../helpers/conversations";
import { createProject, createSkill, hiredContract } from "../../helpers/marketplace";
import { fund, runDelayed } from "../../helpers/money";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/** Hidden content is gone for everyone but its author and proven admins, who see it marked. */

let db: Database;
let admin: ReturnType<typeof callerFor>;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
  const user = await createUser(db, "admin", {
    emailVerified: new Date(),
    twoFactorEnabledAt: new Date(),
  });
  admin = callerFor(db, { ...actorOf(user), secondFactorVerified: true });
});

const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "OK",
    (error: { code?: string }) => error.code ?? String(error),
  );
const anonymous = () => callerFor(db, null);
const hide = (subjectType: "project" | "profile" | "review" | "message", subjectId: string) =>
  admin.moderation.act({ subjectType, subjectId, action: "hide", reason: "Breaks the rules" });

const profileInput = (skillIds: number[]) => ({
  headline: "Kiosk apps for museums",
  bio: "",
  hourlyRateMinor: 9_000,
  currency: "USD" as const,
  availability: "available" as const,
  location: "",
  skillIds,
  portfolio: [],
});

describe("a hidden project", () => {
  it("leaves search, lists, saved lists, recommendations and its page for all but its client and admins", async () => {
    const skill = await createSkill(db, "Zebrafish");
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.profile.saveFreelancer(profileInput([skill.id]));
    const project = await createProject(db, client.user.id, {
      title: "Zebrafish aquarium kiosk",
      skillIds: [skill.id],
    });
    await freelancer.api.saved.saveProject({ projectId: project.id, saved: true });
    const found = async () => ({
      words: (await anonymous().project.search({ q: "zebrafish aquarium" })).items.map((p) => p.id),
      newest: (await anonymous().project.search({ q: "", skills: [skill.slug] })).items.map(
        (p) => p.id,
      ),
      listed: (await anonymous().project.listOpen({ limit: 50 })).items.map((p) => p.id),
      saved: (await freelancer.api.saved.projects()).map((p) => p.id),
      recommended: (await freelancer.api.dashboard.recommendations()).projects.map((p) => p.id),
    });
    const before = await found();
    expect(Object.values(before).every((ids) => ids.includes(project.id))).toBe(true);

    await hide("project", project.id);
    const after = await found();
    expect(Object.values(after).some((ids) => ids.includes(project.id))).toBe(false);
    for (const who of [anonymous(), freelancer.api])
      expect(await codeOf(who.project.byId({ id: project.id }))).toBe("NOT_FOUND");
    expect(await codeOf(freelancer.api.project.trustSignals({ id: project.id }))).toBe("NOT_FOUND");
    expect(
      await codeOf(freelancer.api.saved.saveProject({ projectId: project.id, saved: true })),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        freelancer.api.proposal.submit({
          projectId: project.id,
          coverLetter: "I would love to build this kiosk for your aquarium visitors, step by step.",
          bidMinor: 100_000,
          estimatedDuration: "1_to_4_weeks",
        }),
      ),
    ).toBe("NOT_FOUND");
    const own = await client.api.project.byId({ id: project.id });
    expect(own.hiddenNote).toBe("Hidden by an admin: Breaks the rules");
    expect((await admin.project.byId({ id: project.id })).hiddenNote).toContain("Breaks the rules");
    const clientPage = await anonymous().profile.client({ id: client.user.id });
    expect(clientPage.openProjects.map((p) => p.id)).not.toContain(project.id);

    await admin.moderation.act({
      subjectType: "project",
      subjectId: project.id,
      action: "restore",
      reason: "Checked with the client",
    });
    expect((await anonymous().project.search({ q: "zebrafish aquarium" })).items).toHaveLength(1);
    expect((await anonymous().project.byId({ id: project.id })).hiddenNote).toBeNull();
  });
});

describe("notifications quoting a hidden project", () => {
  it("leave the list and the unread count of all but its client, and come back when restored", async () => {
    const client = await actor(db, "client");
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.profile.saveFreelancer(profileInput([(await createSkill(db)).id]));
    const project = await createProject(db, client.user.id, { title: "Otter cam dashboard" });
    await client.api.invitation.send({
      projectId: project.id,
      freelancerId: freelancer.user.id,
      message: "This fits your work.",
    });
    const seen = async () => ({
      listed: (await freelancer.api.notification.list({})).items.map((n) => n.href),
      unread: await freelancer.api.notification.unreadCount(),
    });
    const before = await seen();
    expect(before.listed).toContain(`/projects/${project.id}`);

    await hide("project", project.id);
    const after = await seen();
    expect(after.listed).not.toContain(`/projects/${project.id}`);
    expect(after.unread).toBe(before.unread - 1);

    await admin.moderation.act({
      subjectType: "project",
      subjectId: project.id,
      action: "restore",
      reason: "A mistake",
    });
    expect((await seen()).listed).toContain(`/projects/${project.id}`);
  });
});

describe("a hidden profile", () => {
  it("leaves freelancer search and its page for all but its owner and admins", async () => {
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.profile.saveFreelancer({
      ...profileInput([(await createSkill(db)).id]),
      headline: "Quokka photography retouching",
    });
    const client = await actor(db, "client");
    const searched = async () =>
      (await anonymous().profile.searchFreelancers({ q: "quokka" })).freelancers.map((f) => f.id);
    expect(await searched()).toEqual([freelancer.user.id]);

    await hide("profile", freelancer.user.id);
    expect(await searched()).toEqual([]);
    expect(await codeOf(anonymous().profile.freelancer({ id: freelancer.user.id }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        client.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: true }),
      ),
    ).toBe("NOT_FOUND");
    const own = await freelancer.api.profile.freelancer({ id: freelancer.user.id });
    expect(own.hiddenNote).toBe("Hidden by an admin: Breaks the rules");

    await hide("profile", client.user.id);
    expect(await codeOf(anonymous().profile.client({ id: client.user.id }))).toBe("NOT_FOUND");
    expect((await admin.profile.client({ id: client.user.id })).hiddenNote).toContain("Breaks");
  });
});

describe("a hidden review", () => {
  it("leaves the profile, the averages, the reputation and the contract page for all but its author", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    await freelancer.api.profile.saveFreelancer({
      ...profileInput([(await createSkill(db)).id]),
      headline: "Axolotl tank apps",
    });
    const m = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "All of it",
      amountMinor: 350_000,
      dueDate: null,
    });
    await fund(client, m.id);
    await freelancer.api.contract.submitMilestone({ id: m.id, note: "Done" });
    await client.api.contract.approveMilestone({ id: m.id });
    const review = await client.api.contract.leaveReview({
      contractId: contract.id,
      overall: 1,
      communication: 1,
      quality: 1,
      timeliness: 1,
      comment: "Something insulting about the freelancer.",
    });

    const notified = async () =>
      (await freelancer.api.notification.list({})).items.filter(
        (n) => n.body === "Something insulting about the freelancer.",
      ).length;
    expect(await notified()).toBe(1);
    const unreadBefore = await freelancer.api.notification.unreadCount();

    await hide("review", review.id);
    // The notice quoting it is gone too.
    expect(await notified()).toBe(0);
    expect(await freelancer.api.notification.unreadCount()).toBe(unreadBefore - 1);
    const page = await anonymous().profile.freelancer({ id: freelancer.user.id });
    expect(page.reviews).toMatchObject({ count: 0, reviews: [], averages: { overall: null } });
    const listed = await anonymous().profile.searchFreelancers({ q: "axolotl" });
    expect(listed.freelancers[0]).toMatchObject({ reviewCount: 0, rating: null });
    const workspace = await freelancer.api.contract.workspace({ id: contract.id });
    expect(workspace.reviews).toEqual([]);
    const authorView = await client.api.contract.reviewsForUser({ userId: freelancer.user.id });
    expect(authorView.reviews[0]).toMatchObject({
      id: review.id,
      hiddenNote: "Hidden by an admin: Breaks the rules",
    });
    expect(authorView.count).toBe(0);
  });
});

describe("a hidden message", () => {
  it("is blanked for the other member, out of their unread count and inbox preview; its author sees it marked", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const sent = await client.api.message.send({ conversationId, body: "Pay me on the side" });
    const unreadBefore = await freelancer.api.message.unreadTotal();
    await hide("message", sent.id);

    const thread = await freelancer.api.message.thread({ conversationId });
    const seen = thread.messages.find((m) => m.id === sent.id)!;
    expect(seen).toMatchObject({ body: null, hidden: true, hiddenNote: null, attachments: [] });
    expect(await freelancer.api.message.unreadTotal()).toBe(unreadBefore - 1);
    const inbox = await freelancer.api.message.inbox({});
    expect(inbox.items.find((c) => c.id === conversationId)?.lastMessage?.preview).toBe(
      "Message hidden by an admin",
    );
    const own = (await client.api.message.thread({ conversationId })).messages.find(
      (m) => m.id === sent.id,
    )!;
    expect(own).toMatchObject({
      body: "Pay me on the side",
      hidden: false,
      hiddenNote: "Hidden by an admin: Breaks the rules",
    });
    expect(
      await codeOf(
        freelancer.api.moderation.reportMessage({ subjectId: sent.id, reason: "off_platform" }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("is not quoted by the unread-messages notice, before or after it was sent", async () => {
    const { client, freelancer, conversationId } = await proposalConversation(db);
    const quoting = async () =>
      (await freelancer.api.notification.list({})).items.filter((n) =>
        n.body?.startsWith("Meet me off Guild"),
      ).length;
    // Hidden after the notice went out: the notice goes, and comes back on restore.
    const first = await client.api.message.send({ conversationId, body: "Meet me off Guild 1" });
    await runDelayed(db, "message.unread_email");
    expect(await quoting()).toBe(1);
    await hide("message", first.id);
    expect(await quoting()).toBe(0);
    await admin.moderation.act({
      subjectType: "message",
      subjectId: first.id,
      action: "restore",
      reason: "A mistake",
    });
    expect(await quoting()).toBe(1);
    // Hidden before: no notice quotes it, nor counts it.
    await freelancer.api.message.markRead({ conversationId, seq: first.seq });
    const second = await client.api.message.send({ conversationId, body: "Meet me off Guild 2" });
    await hide("message", second.id);
    await runDelayed(db, "message.unread_email");
    const notices = (await freelancer.api.notification.list({})).items;
    expect(notices.some((n) => n.body === "Meet me off Guild 2")).toBe(false);
  });
});
