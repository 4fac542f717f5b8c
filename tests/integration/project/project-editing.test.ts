import { beforeAll, describe, expect, it } from "vitest";

import type { Database } from "~/server/db/client";
import { callerFor } from "../../helpers/caller";
import { databaseFingerprint } from "../../helpers/db-snapshot";
import { createSkill, projectInput, proposalInput } from "../../helpers/marketplace";
import { actor } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

let db: Database;
let fingerprint: () => Promise<string>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  fingerprint = await databaseFingerprint(db);
});

/** Runs `call`, expects it refused with `code`, and the database exactly as it was. */
async function refusedAndUnchanged(call: () => Promise<unknown>, code: string) {
  const before = await fingerprint();
  await expect(call()).rejects.toMatchObject({ code });
  expect(await fingerprint()).toBe(before);
}

async function draftProject() {
  const client = await actor(db, "client");
  const brief = await projectInput(db);
  const project = await client.api.project.create(brief);
  return { client, brief, project };
}

describe("editing a project (project.update)", () => {
  it("rewrites a draft without marking it edited: nobody else has seen it", async () => {
    const { client, brief, project } = await draftProject();
    const skill = await createSkill(db);
    const updated = await client.api.project.update({
      id: project.id,
      ...brief,
      title: "Build a booking app for our two clinics",
      currency: "EUR",
      budgetType: "hourly",
      skillIds: [skill.id],
    });
    expect(updated).toMatchObject({
      title: "Build a booking app for our two clinics",
      currency: "EUR",
      budgetType: "hourly",
      editedAt: null,
    });
    const { project: managed } = await client.api.project.manage({ id: project.id });
    expect(managed.skills.map((s) => s.id)).toEqual([skill.id]);
  });

  it("stamps a published project's changes with editedAt, shown to everyone", async () => {
    const { client, brief, project } = await draftProject();
    await client.api.project.publish({ id: project.id });
    const before = Date.now();
    const updated = await client.api.project.update({
      id: project.id,
      ...brief,
      description: `${brief.description} Patients also get reminders by text message.`,
    });
    expect(updated.editedAt!.getTime()).toBeGreaterThanOrEqual(before);
    const seen = await callerFor(db).project.byId({ id: project.id });
    expect(seen.editedAt).toEqual(updated.editedAt);
    expect(seen.description).toMatch(/reminders by text message/);
    const listed = await callerFor(db).project.listOpen({});
    expect(listed.items.find((p) => p.id === project.id)?.editedAt).toEqual(updated.editedAt);
  });

  it("changes nothing, and stamps nothing, when saved without a change", async () => {
    const { client, brief, project } = await draftProject();
    await client.api.project.publish({ id: project.id });
    const before = await fingerprint();
    const saved = await client.api.project.update({ id: project.id, ...brief });
    expect(saved.editedAt).toBeNull();
    expect(await fingerprint()).toBe(before);
  });

  it("keeps a published project's currency and budget type: proposals are priced in them", async () => {
    const { client, brief, project } = await draftProject();
    await client.api.project.publish({ id: project.id });
    for (const change of [{ currency: "EUR" as const }, { budgetType: "hourly" as const }]) {
      const before = await fingerprint();
      // The caller hands back the domain's error as the cause; over HTTP it is `data.fieldErrors`.
      await expect(
        client.api.project.update({ id: project.id, ...brief, ...change }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        cause: { fieldErrors: { [Object.keys(change)[0]!]: [expect.any(String)] } },
      });
      expect(await fingerprint()).toBe(before);
    }
  });

  it("leaves proposals already sent as they were, still open to a decision", async () => {
    const { client, brief, project } = await draftProject();
    await client.api.project.publish({ id: project.id });
    const freelancer = await actor(db, "freelancer");
    const sent = await freelancer.api.proposal.submit(proposalInput(project.id, 300_000));
    await client.api.project.update({ id: project.id, ...brief, budgetMaxMinor: 600_000 });
    const mine = await freelancer.api.proposal.mineForProject({ projectId: project.id });
    expect(mine).toMatchObject({ id: sent.id, status: "submitted", bidMinor: 300_000 });
    await expect(client.api.proposal.shortlist({ id: sent.id })).resolves.toBeDefined();
  });

  it("answers CONFLICT once someone is hired or the project is closed, and changes nothing", async () => {
    const { client, brief, project } = await draftProject();
    await client.api.project.publish({ id: project.id });
    const freelancer = await actor(db, "freelancer");
    const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
    await client.api.proposal.accept({ id: proposal.id });
    await refusedAndUnchanged(
      () => client.api.project.update({ id: project.id, ...brief, title: "A new title here" }),
      "CONFLICT",
    );

    const closed = await draftProject();
    await closed.client.api.project.cancel({ id: closed.project.id });
    await refusedAndUnchanged(
      () => closed.client.api.project.update({ id: closed.project.id, ...closed.brief }),
      "CONFLICT",
    );
  });

  it("is the owner's alone: another client NOT_FOUND, a freelancer or an admin FORBIDDEN", async () => {
    const { brief, project } = await draftProject();
    const input = { id: project.id, ...brief, title: "Somebody else's title" };
    const [otherClient, freelancer, admin] = [
      await actor(db, "client"),
      await actor(db, "freelancer"),
      await actor(db, "admin"),
    ];
    await refusedAndUnchanged(() => otherClient.api.project.update(input), "NOT_FOUND");
    await refusedAndUnchanged(() => freelancer.api.project.update(input), "FORBIDDEN");
    await refusedAndUnchanged(() => admin.api.project.update(input), "FORBIDDEN");
  });
});

describe("the manage page's read (project.manage)", () => {
  it("gives the owner the project in any status with its skills, proposals (not withdrawn) and contract", async () => {
    const { client, brief, project } = await draftProject();
    const draft = await client.api.project.manage({ id: project.id });
    expect(draft.project).toMatchObject({
      id: project.id,
      status: "draft",
      contractId: null,
      skills: [expect.objectContaining({ id: brief.skillIds[0] })],
    });
    expect(draft.proposals).toEqual([]);

    await client.api.project.publish({ id: project.id });
    const [a, b] = [await actor(db, "freelancer"), await actor(db, "freelancer")];
    const kept = await a.api.proposal.submit(proposalInput(project.id, 200_000));
    const withdrawn = await b.api.proposal.submit(proposalInput(project.id));
    await b.api.proposal.withdraw({ id: withdrawn.id });
    const open = await client.api.project.manage({ id: project.id });
    expect(open.proposals.map((p) => p.id)).toEqual([kept.id]);
    expect(open.proposals[0]).toMatchObject({
      freelancerName: a.user.name,
      bidMinor: 200_000,
      skillsMatched: 0,
      status: "submitted",
    });

    const contract = await client.api.proposal.accept({ id: kept.id });
    const hired = await client.api.project.manage({ id: project.id });
    expect(hired.project).toMatchObject({ status: "in_progress", contractId: contract.id });
    expect(hired.proposals[0]!.status).toBe("accepted");
  });

  it("does not exist for anyone else: NOT_FOUND to another client, FORBIDDEN to other roles", async () => {
    const { project } = await draftProject();
    await expect(
      (await actor(db, "client")).api.project.manage({ id: project.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await actor(db, "freelancer")).api.project.manage({ id: project.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(db).project.manage({ id: project.id })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(
      (await actor(db, "client")).api.project.manage({ id: "no-such-project" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
