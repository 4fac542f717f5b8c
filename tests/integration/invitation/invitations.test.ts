import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projectInvitations } from "~/server/db/schema/invitations";
import { users } from "~/server/db/schema/users";
import { MAX_PENDING_INVITATIONS } from "~/shared/schemas/invitation";
import { callerFor } from "../../helpers/caller";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  fingerprint = await databaseFingerprint(db);
});

/** A freelancer with a public profile (their page exists, so they can be invited). */
async function listedFreelancer() {
  const freelancer = await actor(db, "freelancer");
  const { skillIds } = await projectInput(db);
  await freelancer.api.profile.saveFreelancer({
    headline: "Booking apps for clinics",
    bio: "",
    hourlyRateMinor: 9_000,
    currency: "USD",
    availability: "available",
    location: "",
    skillIds,
    portfolio: [],
  });
  return freelancer;
}

async function openProject(client?: Awaited<ReturnType<typeof actor>>) {
  const owner = client ?? (await actor(db, "client"));
  const project = await owner.api.project.create(await projectInput(db));
  await owner.api.project.publish({ id: project.id });
  return { client: owner, projectId: project.id };
}

/** A client's project with `freelancer` invited to it. */
async function invited(freelancer?: Awaited<ReturnType<typeof listedFreelancer>>) {
  const invitee = freelancer ?? (await listedFreelancer());
  const { client, projectId } = await openProject();
  const invitation = await client.api.invitation.send({
    projectId,
    freelancerId: invitee.user.id,
    message: "Your clinic work is exactly what we need.",
  });
  return { client, freelancer: invitee, projectId, invitation };
}

/** Runs `call`, expects it refused with `code`, and checks that nothing in the database changed. */
async function refusedWithoutChange(call: () => Promise<unknown>, code: string) {
  const before = await fingerprint();
  await expect(call()).rejects.toMatchObject({ code });
  expect(await fingerprint()).toBe(before);
}

describe("sending an invitation", () => {
  it("a client invites a listed freelancer to an open project; the freelancer sees it with the project and client", async () => {
    const { client, freelancer, projectId, invitation } = await invited();
    expect(invitation).toMatchObject({
      projectId,
      clientId: client.user.id,
      freelancerId: freelancer.user.id,
      status: "pending",
      message: "Your clinic work is exactly what we need.",
      answeredAt: null,
    });
    const received = await freelancer.api.invitation.received();
    expect(received).toEqual([
      expect.objectContaining({
        id: invitation.id,
        projectId,
        projectTitle: "Build a booking app for our clinic",
        clientId: client.user.id,
        clientName: client.user.name,
        message: "Your clinic work is exactly what we need.",
      }),
    ]);
    expect(await freelancer.api.invitation.mineForProject({ projectId })).toMatchObject({
      id: invitation.id,
      status: "pending",
      clientName: client.user.name,
    });
    expect(await client.api.invitation.forProject({ projectId })).toEqual([
      expect.objectContaining({
        freelancerId: freelancer.user.id,
        freelancerName: freelancer.user.name,
        headline: "Booking apps for clinics",
        listed: true,
        status: "pending",
      }),
    ]);
  });

  it("an empty message is stored as none", async () => {
    const freelancer = await listedFreelancer();
    const { client, projectId } = await openProject();
    const invitation = await client.api.invitation.send({
      projectId,
      freelancerId: freelancer.user.id,
      message: "   ",
    });
    expect(invitation.message).toBeNull();
  });

  it("the picker lists the client's open projects only, saying which ones are already taken", async () => {
    const freelancer = await listedFreelancer();
    const { client, projectId: invitedTo } = await openProject();
    const { projectId: proposedTo } = await openProject(client);
    const { projectId: free } = await openProject(client);
    const draft = await client.api.project.create(await projectInput(db));
    await client.api.invitation.send({ projectId: invitedTo, freelancerId: freelancer.user.id });
    await freelancer.api.proposal.submit(proposalInput(proposedTo));
    const { projectId: someoneElses } = await openProject();

    const picker = await client.api.invitation.invitableProjects({
      freelancerId: freelancer.user.id,
    });
    expect(picker.freelancerName).toBe(freelancer.user.name);
    const byId = Object.fromEntries(picker.projects.map((p) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual([invitedTo, proposedTo, free].sort());
    expect(byId[invitedTo]).toMatchObject({ invited: true, proposed: false });
    expect(byId[proposedTo]).toMatchObject({ invited: false, proposed: true });
    expect(byId[free]).toMatchObject({ invited: false, proposed: false });
    expect(byId[draft.id]).toBeUndefined();
    expect(byId[someoneElses]).toBeUndefined();
  });

  it("refuses, with a sentence for the project field, a freelancer who already proposed or was already invited", async () => {
    const freelancer = await listedFreelancer();
    const { client, projectId } = await openProject();
    await freelancer.api.proposal.submit(proposalInput(projectId));
    const before = await fingerprint();
    await expect(
      client.api.invitation.send({ projectId, freelancerId: freelancer.user.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `${freelancer.user.name} has already sent a proposal for this project.`,
      cause: { fieldErrors: { projectId: [expect.stringContaining("already sent a proposal")] } },
    });
    expect(await fingerprint()).toBe(before);

    const { invitation, client: other, projectId: second } = await invited(freelancer);
    await refusedWithoutChange(
      () => other.api.invitation.send({ projectId: second, freelancerId: freelancer.user.id }),
      "BAD_REQUEST",
    );
    // A declined invitation is an answer, not an opening to ask again.
    await freelancer.api.invitation.decline({ id: invitation.id });
    await expect(
      other.api.invitation.send({ projectId: second, freelancerId: freelancer.user.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `You have already invited ${freelancer.user.name} to this project.`,
    });
  });

  it("only to an open project: a draft or a closed project is CONFLICT", async () => {
    const freelancer = await listedFreelancer();
    const client = await actor(db, "client");
    const draft = await client.api.project.create(await projectInput(db));
    await expect(
      client.api.invitation.send({ projectId: draft.id, freelancerId: freelancer.user.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Publish this project before inviting freelancers to it.",
    });
    const { projectId } = await openProject(client);
    await client.api.project.cancel({ id: projectId });
    await refusedWithoutChange(
      () => client.api.invitation.send({ projectId, freelancerId: freelancer.user.id }),
      "CONFLICT",
    );
  });

  it("only the project's owner invites: another client's project does not exist for them", async () => {
    const freelancer = await listedFreelancer();
    const { projectId } = await openProject();
    const stranger = await actor(db, "client");
    await refusedWithoutChange(
      () => stranger.api.invitation.send({ projectId, freelancerId: freelancer.user.id }),
      "NOT_FOUND",
    );
    await refusedWithoutChange(
      () => stranger.api.invitation.forProject({ projectId }),
      "NOT_FOUND",
    );
    // Freelancers and admins are not clients at all.
    await refusedWithoutChange(
      () => freelancer.api.invitation.send({ projectId, freelancerId: freelancer.user.id }),
      "FORBIDDEN",
    );
    const admin = await actor(db, "admin");
    await refusedWithoutChange(
      () => admin.api.invitation.send({ projectId, freelancerId: freelancer.user.id }),
      "FORBIDDEN",
    );
  });

  it("only someone whose public page exists can be invited: no profile, a client, or suspended is NOT_FOUND", async () => {
    const { client, projectId } = await openProject();
    const noProfile = await actor(db, "freelancer");
    const aClient = await actor(db, "client");
    const suspended = await listedFreelancer();
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, suspended.user.id));
    for (const freelancerId of [noProfile.user.id, aClient.user.id, suspended.user.id, "nobody"]) {
      await refusedWithoutChange(
        () => client.api.invitation.send({ projectId, freelancerId }),
        "NOT_FOUND",
      );
      await expect(client.api.invitation.invitableProjects({ freelancerId })).rejects.toMatchObject(
        { code: "NOT_FOUND", message: "We couldn't find that freelancer." },
      );
    }
  });

  it(`caps the invitations waiting for an answer at ${MAX_PENDING_INVITATIONS} per project`, async () => {
    const { client, projectId } = await openProject();
    const now = new Date();
    const waiting = await Promise.all(
      Array.from({ length: MAX_PENDING_INVITATIONS }, () => actor(db, "freelancer")),
    );
    await db.insert(projectInvitations).values(
      waiting.map((f) => ({
        projectId,
        clientId: client.user.id,
        freelancerId: f.user.id,
        createdAt: now,
      })),
    );
    const one = await listedFreelancer();
    await refusedWithoutChange(
      () => client.api.invitation.send({ projectId, freelancerId: one.user.id }),
      "CONFLICT",
    );
    // An answer frees a place.
    await db
      .update(projectInvitations)
      .set({ status: "declined" })
      .where(eq(projectInvitations.freelancerId, waiting[0]!.user.id));
    await expect(
      client.api.invitation.send({ projectId, freelancerId: one.user.id }),
    ).resolves.toMatchObject({ status: "pending" });
  });

  it("refuses a message over 1,000 characters with a sentence", async () => {
    const freelancer = await listedFreelancer();
    const { client, projectId } = await openProject();
    await expect(
      client.api.invitation.send({
        projectId,
        freelancerId: freelancer.user.id,
        message: "x".repeat(1_001),
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { issues: [expect.objectContaining({ message: expect.stringMatching(/^Keep/) })] },
    });
  });
});

describe("answering an invitation", () => {
  it("a proposal answers it in the same transaction, and the client sees the answer", async () => {
    const { client, freelancer, projectId, invitation } = await invited();
    const proposal = await freelancer.api.proposal.submit(proposalInput(projectId));
    const [row] = await db
      .select()
      .from(projectInvitations)
      .where(eq(projectInvitations.id, invitation.id));
    expect(row).toMatchObject({ status: "proposed", answeredAt: expect.any(Date) });
    expect(await freelancer.api.invitation.received()).toEqual([]);
    expect(await client.api.invitation.forProject({ projectId })).toEqual([
      expect.objectContaining({ status: "proposed", answeredAt: expect.any(Date) }),
    ]);
    expect((await client.api.project.manage({ id: projectId })).proposals.map((p) => p.id)).toEqual(
      [proposal.id],
    );
  });

  it("a proposal refused leaves the invitation waiting", async () => {
    const { freelancer, projectId, invitation } = await invited();
    await db.update(users).set({ emailVerified: null }).where(eq(users.id, freelancer.user.id));
    await expect(
      callerFor(db, { ...freelancer.session, emailVerified: false }).proposal.submit(
        proposalInput(projectId),
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [row] = await db
      .select()
      .from(projectInvitations)
      .where(eq(projectInvitations.id, invitation.id));
    expect(row?.status).toBe("pending");
  });

  it("declining takes an optional reason that the client reads; the freelancer may still propose later", async () => {
    const { client, freelancer, projectId, invitation } = await invited();
    const declined = await freelancer.api.invitation.decline({
      id: invitation.id,
      reason: "  Fully booked until June.  ",
    });
    expect(declined).toMatchObject({
      status: "declined",
      declineReason: "Fully booked until June.",
      answeredAt: expect.any(Date),
    });
    expect(await freelancer.api.invitation.received()).toEqual([]);
    expect(await client.api.invitation.forProject({ projectId })).toEqual([
      expect.objectContaining({ status: "declined", declineReason: "Fully booked until June." }),
    ]);
    await refusedWithoutChange(
      () => freelancer.api.invitation.decline({ id: invitation.id }),
      "CONFLICT",
    );
    // Changing their mind: the proposal is the latest answer.
    await freelancer.api.proposal.submit(proposalInput(projectId));
    expect(await client.api.invitation.forProject({ projectId })).toEqual([
      expect.objectContaining({ status: "proposed", declineReason: null }),
    ]);
    await refusedWithoutChange(
      () => freelancer.api.invitation.decline({ id: invitation.id }),
      "CONFLICT",
    );
  });

  it("declining without a reason stores none", async () => {
    const { freelancer, invitation } = await invited();
    expect(await freelancer.api.invitation.decline({ id: invitation.id })).toMatchObject({
      status: "declined",
      declineReason: null,
    });
  });

  it("once the project closes there is nothing to answer: it leaves the dashboard and declining is CONFLICT", async () => {
    const { client, freelancer, projectId, invitation } = await invited();
    await client.api.project.cancel({ id: projectId });
    expect(await freelancer.api.invitation.received()).toEqual([]);
    await refusedWithoutChange(
      () => freelancer.api.invitation.decline({ id: invitation.id }),
      "CONFLICT",
    );
    expect(await client.api.invitation.forProject({ projectId })).toEqual([
      expect.objectContaining({ status: "pending" }),
    ]);
  });

  it("only the invited freelancer sees or answers it: everyone else gets NOT_FOUND or their tier's refusal", async () => {
    const { client, projectId, invitation } = await invited();
    const stranger = await listedFreelancer();
    await refusedWithoutChange(
      () => stranger.api.invitation.decline({ id: invitation.id }),
      "NOT_FOUND",
    );
    expect(await stranger.api.invitation.received()).toEqual([]);
    expect(await stranger.api.invitation.mineForProject({ projectId })).toBeNull();
    // The client who sent it is not a freelancer: declining is not theirs to do.
    await refusedWithoutChange(
      () => client.api.invitation.decline({ id: invitation.id }),
      "FORBIDDEN",
    );
    await refusedWithoutChange(() => callerFor(db).invitation.received(), "UNAUTHORIZED");
  });

  it("a suspended client's invitations leave the freelancer's dashboard", async () => {
    const { client, freelancer } = await invited();
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, client.user.id));
    expect(await freelancer.api.invitation.received()).toEqual([]);
  });
});
