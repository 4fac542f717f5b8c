import { readFileSync, existsSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { contracts, reviews } from "~/server/db/schema/contracts";
import { userSessions } from "~/server/db/schema/auth";
import { messages } from "~/server/db/schema/messages";
import { users } from "~/server/db/schema/users";
import { beginSignIn } from "~/server/domain/identity/begin-sign-in";
import { loadSession } from "~/server/domain/identity/session-rows";
import { signUp } from "~/server/domain/identity/sign-up";
import { callerFor } from "../../helpers/caller";
import { projectInput, proposalInput } from "../../helpers/marketplace";
import { expectLedgerConsistent, fund, runDelayed } from "../../helpers/money";
import { jobsNamed } from "../../helpers/notifications";
import { actor, domainCtx, PASSWORD, signInFully } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * Deleting an account: only after the password, refused while money or a dispute needs the
 * person, and then nothing personal of theirs is left in the database file, while the records
 * the other party depends on (contract, ledger, invoice, their review) stay.
 */
const { db, file } = await createTestDatabase();

const NAME = "Zephyrine Quillfeather-Osei";
const EMAIL = "zephyrine.quillfeather@privacy-test.example";

/** A client signed up for real (so their password is checked), verified and signed in. */
async function realClient(name: string, email: string) {
  const user = await signUp({
    ctx: domainCtx(db),
    input: { name, email, password: PASSWORD, role: "client" },
  });
  await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
  const session = await signInFully(db, email);
  return { user, session, api: callerFor(db, session) };
}

type Client = Awaited<ReturnType<typeof realClient>>;

/** A fixed-price contract between `client` and a new freelancer, with one funded milestone. */
async function fundedWork(client: Client) {
  const freelancer = await actor(db, "freelancer");
  const project = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: project.id });
  const proposal = await freelancer.api.proposal.submit(proposalInput(project.id));
  const contract = await client.api.proposal.accept({ id: proposal.id });
  const milestone = await client.api.contract.addMilestone({
    contractId: contract.id,
    title: "The whole job",
    amountMinor: 50_000,
  });
  await fund(client as never, milestone.id);
  return { freelancer, project, contract, milestone };
}

const inFile = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, "utf8"));

describe("deleting an account", () => {
  it("needs the password and is refused, with every reason, while escrow or a dispute is open", async () => {
    const client = await realClient("Refused Person", "refused.person@privacy-test.example");
    await expect(
      client.api.privacy.deleteAccount({ password: "not my password" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const work = await fundedWork(client);
    expect((await client.api.privacy.deletionCheck()).blockers.map((b) => b.code)).toEqual([
      "escrow",
    ]);
    await expect(client.api.privacy.deleteAccount({ password: PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/held in escrow/),
    });
    await client.api.dispute.open({
      item: "milestone",
      itemId: work.milestone.id,
      reason: "The delivery does not match the brief we agreed on.",
    });
    await expect(client.api.privacy.deleteAccount({ password: PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/held in escrow.*dispute .* is still open/s),
    });
    const [still] = await db.select().from(users).where(eq(users.id, client.user.id));
    expect(still).toMatchObject({ name: "Refused Person", deletedAt: null });
  });

  it("leaves none of their personal data in the database file, and keeps what others depend on", async () => {
    // A sign-in that failed (its audit event and throttle hold the address) before a real one.
    await expect(
      beginSignIn({ ctx: domainCtx(db), input: { email: EMAIL, password: "a wrong password" } }),
    ).rejects.toThrow();
    const client = await realClient(NAME, EMAIL);
    await client.api.profile.saveClient({
      companyName: `${NAME} Studio`,
      about: `Run by ${NAME}.`,
      website: "",
      location: "Lisbon",
    });
    const work = await fundedWork(client);
    await work.freelancer.api.contract.submitMilestone({
      id: work.milestone.id,
      note: "Done",
      links: [],
    });
    await client.api.contract.approveMilestone({ id: work.milestone.id });
    await client.api.contract.leaveReview({
      contractId: work.contract.id,
      overall: 5,
      communication: 5,
      quality: 5,
      timeliness: 5,
      comment: "Careful work, delivered early.",
    });
    const { conversationId } = await client.api.message.find({
      projectId: work.project.id,
      freelancerId: work.freelancer.user.id,
    });
    await client.api.message.send({ conversationId: conversationId!, body: `Thanks! — ${NAME}` });
    await client.api.privacy.requestExport();

    expect((await client.api.privacy.deletionCheck()).blockers).toEqual([]);
    await expect(client.api.privacy.deleteAccount({ password: PASSWORD })).resolves.toEqual({
      deleted: true,
    });

    // Signed out everywhere.
    expect(
      await db.select().from(userSessions).where(eq(userSessions.userId, client.user.id)),
    ).toEqual([]);
    expect(await loadSession(db, client.session.sessionId)).toBeNull();

    // What the freelancer depends on is still there, naming a deleted account.
    const [contract] = await db.select().from(contracts).where(eq(contracts.id, work.contract.id));
    expect(contract).toMatchObject({ clientId: client.user.id, status: "completed" });
    await expectLedgerConsistent(db);
    const [review] = await db
      .select({ comment: reviews.comment, by: users.name })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .where(eq(reviews.contractId, work.contract.id));
    expect(review).toEqual({ comment: "Careful work, delivered early.", by: "Deleted account" });
    const theirs = await db.select().from(messages).where(eq(messages.senderId, client.user.id));
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((message) => message.body === null && message.deletedAt !== null)).toBe(
      true,
    );
    const freelancerThread = await work.freelancer.api.message.thread({
      conversationId: conversationId!,
    });
    expect(JSON.stringify(freelancerThread)).not.toContain(NAME);

    // Once the rebuild it scheduled has run, the file and its write-ahead log hold neither the
    // name nor the address (not even in free space).
    expect((await jobsNamed(db, "privacy.compact")).length).toBe(1);
    await runDelayed(db, "privacy.compact");
    await db.run(sql`pragma wal_checkpoint(truncate)`);
    const bytes = Buffer.concat([
      readFileSync(file),
      existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0),
    ]);
    expect(inFile(bytes, "Refused Person")).toBe(true); // the search itself finds what is there
    expect(inFile(bytes, EMAIL)).toBe(false);
    expect(inFile(bytes, NAME)).toBe(false);
    expect(inFile(bytes, "Quillfeather")).toBe(false);

    // The old address signs nobody in (an attempt is recorded like any unknown address's),
    // and it is free to sign up with again.
    await expect(
      beginSignIn({ ctx: domainCtx(db), input: { email: EMAIL, password: PASSWORD } }),
    ).rejects.toThrow();

    await expect(
      signUp({
        ctx: domainCtx(db),
        input: { name: "Someone New", email: EMAIL, password: PASSWORD, role: "freelancer" },
      }),
    ).resolves.toMatchObject({ email: EMAIL });
  });
});
