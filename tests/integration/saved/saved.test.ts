import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { projects } from "~/server/db/schema/projects";
import { savedFreelancers, savedProjects } from "~/server/db/schema/saved";
import { users } from "~/server/db/schema/users";
import { MAX_SAVED } from "~/shared/schemas/saved";
import { callerFor } from "../../helpers/caller";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  fingerprint = await databaseFingerprint(db);
});

async function refusedWithoutChange(call: () => Promise<unknown>, code: string) {
  const before = await fingerprint();
  await expect(call()).rejects.toMatchObject({ code });
  expect(await fingerprint()).toBe(before);
}

async function openProject() {
  const client = await actor(db, "client");
  const project = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: project.id });
  return { client, projectId: project.id };
}

async function listedFreelancer() {
  const freelancer = await actor(db, "freelancer");
  await freelancer.api.profile.saveFreelancer({
    headline: "Booking apps for clinics",
    bio: "",
    hourlyRateMinor: 9_000,
    currency: "USD",
    availability: "available",
    location: "Lisbon",
    skillIds: (await projectInput(db)).skillIds,
    portfolio: [],
  });
  return freelancer;
}

describe("saved projects", () => {
  it("a freelancer saves and unsaves a project; saving twice is one entry", async () => {
    const { projectId } = await openProject();
    const freelancer = await actor(db, "freelancer");
    expect(await freelancer.api.saved.saveProject({ projectId, saved: true })).toEqual({
      projectId,
      saved: true,
    });
    await freelancer.api.saved.saveProject({ projectId, saved: true });
    expect(await freelancer.api.saved.projectIds()).toEqual([projectId]);
    expect(await freelancer.api.saved.projects()).toEqual([
      expect.objectContaining({
        id: projectId,
        title: "Build a booking app for our clinic",
        status: "open",
        skills: [expect.objectContaining({ slug: expect.any(String) })],
        savedAt: expect.any(Date),
      }),
    ]);
    expect(await freelancer.api.saved.saveProject({ projectId, saved: false })).toEqual({
      projectId,
      saved: false,
    });
    // Unsaving what is not saved is a no-op too.
    await freelancer.api.saved.saveProject({ projectId, saved: false });
    expect(await freelancer.api.saved.projects()).toEqual([]);
  });

  it("a saved project that closes stays on the list with its status", async () => {
    const { client, projectId } = await openProject();
    const freelancer = await actor(db, "freelancer");
    await freelancer.api.saved.saveProject({ projectId, saved: true });
    await client.api.project.cancel({ id: projectId });
    expect(await freelancer.api.saved.projects()).toEqual([
      expect.objectContaining({ id: projectId, status: "cancelled" }),
    ]);
  });

  it("each list is its owner's alone", async () => {
    const { projectId } = await openProject();
    const one = await actor(db, "freelancer");
    const other = await actor(db, "freelancer");
    await one.api.saved.saveProject({ projectId, saved: true });
    expect(await other.api.saved.projects()).toEqual([]);
    expect(await other.api.saved.projectIds()).toEqual([]);
    // Another freelancer's unsave touches only their own (empty) list.
    await other.api.saved.saveProject({ projectId, saved: false });
    expect(await one.api.saved.projectIds()).toEqual([projectId]);
  });

  it("a project the freelancer may not see (a draft, or no project) is NOT_FOUND", async () => {
    const client = await actor(db, "client");
    const draft = await client.api.project.create(await projectInput(db));
    const freelancer = await actor(db, "freelancer");
    for (const projectId of [draft.id, "no-such-project"]) {
      await refusedWithoutChange(
        () => freelancer.api.saved.saveProject({ projectId, saved: true }),
        "NOT_FOUND",
      );
    }
  });

  it("only freelancers save projects", async () => {
    const { client, projectId } = await openProject();
    await refusedWithoutChange(
      () => client.api.saved.saveProject({ projectId, saved: true }),
      "FORBIDDEN",
    );
    await refusedWithoutChange(
      () => callerFor(db).saved.saveProject({ projectId, saved: true }),
      "UNAUTHORIZED",
    );
    await refusedWithoutChange(() => client.api.saved.projects(), "FORBIDDEN");
  });

  it(`holds at most ${MAX_SAVED} projects`, async () => {
    const freelancer = await actor(db, "freelancer");
    const { client } = await openProject();
    const now = new Date();
    const full = await db
      .insert(projects)
      .values(
        Array.from({ length: MAX_SAVED }, (_, i) => ({
          clientId: client.user.id,
          title: `Saved project ${i}`,
          description: "Build something useful for our customers.",
          budgetType: "fixed" as const,
          budgetMinMinor: 100_000,
          budgetMaxMinor: 250_000,
          experienceLevel: "expert" as const,
          duration: "1_to_4_weeks" as const,
          status: "open" as const,
          publishedAt: now,
        })),
      )
      .returning({ id: projects.id });
    await db
      .insert(savedProjects)
      .values(full.map(({ id }) => ({ userId: freelancer.user.id, projectId: id })));
    const { projectId: oneTooMany } = await openProject();
    await refusedWithoutChange(
      () => freelancer.api.saved.saveProject({ projectId: oneTooMany, saved: true }),
      "CONFLICT",
    );
    // Saving one already on a full list is still a no-op, not a refusal.
    await expect(
      freelancer.api.saved.saveProject({ projectId: full[0]!.id, saved: true }),
    ).resolves.toEqual({ projectId: full[0]!.id, saved: true });
  });
});

describe("saved freelancers", () => {
  it("a client saves and unsaves a freelancer and sees them as search shows them", async () => {
    const freelancer = await listedFreelancer();
    const client = await actor(db, "client");
    await client.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: true });
    await client.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: true });
    expect(await client.api.saved.freelancerIds()).toEqual([freelancer.user.id]);
    expect(await client.api.saved.freelancers()).toEqual([
      expect.objectContaining({
        id: freelancer.user.id,
        name: freelancer.user.name,
        headline: "Booking apps for clinics",
        location: "Lisbon",
        completedContracts: 0,
        reviewCount: 0,
        rating: null,
        skills: [expect.objectContaining({ slug: expect.any(String) })],
      }),
    ]);
    await client.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: false });
    expect(await client.api.saved.freelancers()).toEqual([]);
  });

  it("a suspended freelancer disappears from the list (and comes back if reinstated)", async () => {
    const freelancer = await listedFreelancer();
    const client = await actor(db, "client");
    await client.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: true });
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, freelancer.user.id));
    expect(await client.api.saved.freelancers()).toEqual([]);
    expect(await client.api.saved.freelancerIds()).toEqual([]);
    await db.update(users).set({ status: "active" }).where(eq(users.id, freelancer.user.id));
    expect(await client.api.saved.freelancerIds()).toEqual([freelancer.user.id]);
  });

  it("only someone whose public page exists can be saved", async () => {
    const client = await actor(db, "client");
    const noProfile = await actor(db, "freelancer");
    const suspended = await listedFreelancer();
    await db.update(users).set({ status: "suspended" }).where(eq(users.id, suspended.user.id));
    for (const freelancerId of [noProfile.user.id, client.user.id, suspended.user.id, "nobody"]) {
      await refusedWithoutChange(
        () => client.api.saved.saveFreelancer({ freelancerId, saved: true }),
        "NOT_FOUND",
      );
    }
  });

  it("each list is its owner's alone, and only clients keep one", async () => {
    const freelancer = await listedFreelancer();
    const one = await actor(db, "client");
    const other = await actor(db, "client");
    await one.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: true });
    expect(await other.api.saved.freelancers()).toEqual([]);
    await refusedWithoutChange(
      () => freelancer.api.saved.saveFreelancer({ freelancerId: freelancer.user.id, saved: true }),
      "FORBIDDEN",
    );
    await refusedWithoutChange(() => freelancer.api.saved.freelancerIds(), "FORBIDDEN");
    const [row] = await db
      .select()
      .from(savedFreelancers)
      .where(eq(savedFreelancers.userId, one.user.id));
    expect(row?.freelancerId).toBe(freelancer.user.id);
  });
});
