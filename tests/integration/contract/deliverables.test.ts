import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Deliverables: files handed in with a milestone submission stay with that submission in the
 * milestone's history; the contract's two parties fetch them, nobody else does.
 */
const dir = mkdtempSync(path.join(tmpdir(), "guild-deliverables-"));
process.env.DATABASE_URL = `file:${path.join(dir, "deliverables.db")}`;

const { getDb, closeDb } = await import("~/server/db/client");
const { applyMigrations } = await import("~/server/db/migrations");
const uploadRoute = await import("~/app/api/files/[fileId]/upload/route");
const fileRoute = await import("~/app/api/files/[fileId]/route");
const { hiredContract } = await import("../../helpers/marketplace");
const { fund } = await import("../../helpers/money");
const { actor } = await import("../../helpers/people");
const { samples, sessionCookie, uploadRequest } = await import("../../helpers/files");

let db: Awaited<ReturnType<typeof getDb>>;
beforeAll(async () => {
  db = await getDb();
  await applyMigrations(db, "drizzle");
});
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});

type Person = Awaited<ReturnType<typeof actor>>;

async function deliverable(person: Person, name: string, bytes: Buffer) {
  const { file } = await person.api.file.createUpload({
    purpose: "deliverable",
    name,
    size: bytes.length,
  });
  const cookie = await sessionCookie(db, person.user);
  const response = await uploadRoute.PUT(uploadRequest(file.id, bytes, { cookie }), {
    params: Promise.resolve({ fileId: file.id }),
  });
  expect(response.status).toBeLessThan(300);
  return file.id;
}

const fetchAs = async (person: Person | null, fileId: string) =>
  (
    await fileRoute.GET(
      new Request(`http://guild.test/api/files/${fileId}`, {
        headers: person ? { cookie: await sessionCookie(db, person.user) } : {},
      }),
      { params: Promise.resolve({ fileId }) },
    )
  ).status;

describe("milestone deliverables", () => {
  it("stay with their submission in the history, for the contract's parties only", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const milestone = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Booking screens",
      amountMinor: 100_000,
      dueDate: null,
    });
    await fund(client, milestone.id);
    const first = await deliverable(freelancer, "screens-v1.pdf", samples.pdf());
    await freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "First round",
      fileIds: [first],
    });
    await client.api.contract.requestChanges({ id: milestone.id, reason: "Add the empty states" });
    const second = await deliverable(freelancer, "screens-v2.pdf", samples.pdf(8192));
    await freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "With empty states",
      fileIds: [second],
    });

    const { milestoneHistory } = await client.api.contract.workspace({ id: contract.id });
    const handIns = milestoneHistory.filter((step) => step.kind === "submitted");
    expect(handIns.map((step) => step.files.map((file) => file.name))).toEqual([
      ["screens-v1.pdf"],
      ["screens-v2.pdf"],
    ]);
    expect(handIns[1]!.files[0]).toMatchObject({ url: `/api/files/${second}`, size: 8192 });

    expect(await fetchAs(client, first)).toBe(200);
    expect(await fetchAs(freelancer, second)).toBe(200);
    const stranger = await actor(db, "client");
    expect(await fetchAs(stranger, first)).toBe(404);
    expect(await fetchAs(null, first)).toBe(404);
  });

  it("takes only the freelancer's own unused deliverable uploads", async () => {
    const { client, freelancer, contract } = await hiredContract(db);
    const milestone = await client.api.contract.addMilestone({
      contractId: contract.id,
      title: "Everything",
      amountMinor: 100_000,
      dueDate: null,
    });
    await fund(client, milestone.id);
    const someoneElse = await actor(db, "freelancer");
    const theirs = await deliverable(someoneElse, "not-yours.pdf", samples.pdf());
    await expect(
      freelancer.api.contract.submitMilestone({
        id: milestone.id,
        note: "Done",
        fileIds: [theirs],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = await deliverable(freelancer, "mine.pdf", samples.pdf());
    await freelancer.api.contract.submitMilestone({
      id: milestone.id,
      note: "Done",
      fileIds: [mine],
    });
    await client.api.contract.requestChanges({ id: milestone.id, reason: "Once more, please" });
    // A file already handed in cannot be handed in again.
    await expect(
      freelancer.api.contract.submitMilestone({ id: milestone.id, note: "Again", fileIds: [mine] }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // The refused hand-in changed nothing: the milestone is still where the client left it.
    const { milestones } = await client.api.contract.workspace({ id: contract.id });
    expect(milestones[0]!.status).toBe("changes_requested");
  });
});
