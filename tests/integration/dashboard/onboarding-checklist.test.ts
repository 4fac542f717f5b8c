import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { users } from "~/server/db/schema/users";
import { callerFor } from "../../helpers/caller";
import { createTestDatabase } from "../../helpers/test-db";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";

let db: Database;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const state = (steps: { step: string; done: boolean }[]) =>
  Object.fromEntries(steps.map(({ step, done }) => [step, done]));

describe("the first-steps checklist", () => {
  it("a freelancer: confirm the email, complete the profile, send a first proposal", async () => {
    const freelancer = await actor(db, "freelancer", false);
    const steps = async () => state((await freelancer.api.dashboard.checklist()).steps);
    expect((await freelancer.api.dashboard.checklist()).steps.map((s) => s.step)).toEqual([
      "verifyEmail",
      "completeProfile",
      "sendProposal",
    ]);
    expect(await steps()).toEqual({
      verifyEmail: false,
      completeProfile: false,
      sendProposal: false,
    });

    await db
      .update(users)
      .set({ emailVerified: new Date() })
      .where(eq(users.id, freelancer.user.id));
    await freelancer.api.profile.saveFreelancer({
      headline: "Booking apps for clinics",
      bio: "",
      hourlyRateMinor: 9_000,
      currency: "USD",
      availability: "available",
      location: "",
      skillIds: (await projectInput(db)).skillIds,
      portfolio: [],
    });
    expect(await steps()).toEqual({
      verifyEmail: true,
      completeProfile: true,
      sendProposal: false,
    });

    const client = await actor(db, "client");
    const project = await client.api.project.create(await projectInput(db));
    await client.api.project.publish({ id: project.id });
    // The session is read per request: after confirming, the actor says so too.
    const confirmed = callerFor(db, { ...freelancer.session, emailVerified: true });
    await confirmed.proposal.submit(proposalInput(project.id));
    expect(await steps()).toEqual({ verifyEmail: true, completeProfile: true, sendProposal: true });
  });

  it("a client: a profile counts once it says something, a project once it is published", async () => {
    const client = await actor(db, "client");
    const steps = async () => state((await client.api.dashboard.checklist()).steps);
    expect(await steps()).toEqual({
      verifyEmail: true,
      completeProfile: false,
      postProject: false,
    });
    const empty = { companyName: "", about: "", website: null, location: "Porto" };
    await client.api.profile.saveClient(empty);
    expect((await steps()).completeProfile).toBe(false);
    await client.api.profile.saveClient({ ...empty, companyName: "Acme Clinics" });
    expect((await steps()).completeProfile).toBe(true);

    const project = await client.api.project.create(await projectInput(db));
    expect((await steps()).postProject).toBe(false);
    await client.api.project.publish({ id: project.id });
    expect((await steps()).postProject).toBe(true);
  });

  it("reads only the caller's own account; admins have no marketplace steps; anonymous is refused", async () => {
    const admin = await actor(db, "admin");
    expect(await admin.api.dashboard.checklist()).toEqual({ steps: [] });
    const other = await actor(db, "client");
    const client = await actor(db, "client", false);
    await other.api.profile.saveClient({
      companyName: "Other Co",
      about: "",
      website: null,
      location: "",
    });
    expect(state((await client.api.dashboard.checklist()).steps)).toEqual({
      verifyEmail: false,
      completeProfile: false,
      postProject: false,
    });
    await expect(callerFor(db).dashboard.checklist()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
