import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import type { PersonActor } from "~/server/domain/actor";
import { milestoneEvents } from "~/server/db/schema/milestone-events";
import { avatars, files } from "~/server/db/schema/files";
import {
  conversationMembers,
  conversations,
  deliverableFiles,
  messageAttachments,
  messages,
} from "~/server/db/schema/messages";
import { portfolioItems } from "~/server/db/schema/profiles";
import { fileAccess } from "~/server/domain/file/file-access";
import { actorOf } from "../../helpers/caller";
import { hiredContract, projectInput, proposalInput } from "../../helpers/marketplace";
import { actor, createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

/**
 * Who may fetch what, as one table: each row a file in some place, someone asking, and the
 * answer. The route handler and any procedure serving files ask `fileAccess` and nothing else.
 */
const { db } = await createTestDatabase();

type Who =
  | "uploader"
  | "member"
  | "client"
  | "freelancer"
  | "otherProjectFreelancer"
  | "stranger"
  | "visitor"
  | "suspendedMember";
type Place =
  | "message"
  | "deletedMessage"
  | "hiddenMessage"
  | "deliverable"
  | "portfolioInUse"
  | "avatarInUse"
  | "unattached"
  | "pending"
  | "attachedToNothing"
  | "missing";

const people = {} as Record<Who, PersonActor | null>;
const fileIds = {} as Record<Place, string>;

async function storedFile(
  uploaderId: string,
  purpose: "attachment" | "deliverable" | "portfolio" | "avatar",
  { status = "ready", attached = true }: { status?: "ready" | "pending"; attached?: boolean } = {},
) {
  const [file] = await db
    .insert(files)
    .values({
      uploaderId,
      purpose,
      name: `${purpose}.pdf`,
      contentType: "application/pdf",
      size: 10,
      storageKey: `aa/${crypto.randomUUID()}`,
      status,
      attachedAt: attached ? new Date() : null,
    })
    .returning();
  return file!.id;
}

beforeAll(async () => {
  // The contract: a client and the freelancer they hired, who hands in a deliverable.
  const { client, freelancer, contract, project } = await hiredContract(db);
  // The same client hired someone else on another project: they see nothing of this contract.
  const other = await actor(db, "freelancer");
  const otherProject = await client.api.project.create(await projectInput(db));
  await client.api.project.publish({ id: otherProject.id });
  const proposal = await other.api.proposal.submit(proposalInput(otherProject.id));
  await client.api.proposal.accept({ id: proposal.id });

  const suspended = await createUser(db, "freelancer", { status: "suspended" });
  people.uploader = client.session;
  people.member = freelancer.session;
  people.client = client.session;
  people.freelancer = freelancer.session;
  people.otherProjectFreelancer = other.session;
  people.stranger = (await actor(db, "client")).session;
  people.visitor = null;
  people.suspendedMember = actorOf(suspended);

  // A conversation about the project, with the suspended person as a member too.
  // (Opened by the proposal where messaging does that; made here where it does not yet.)
  await db
    .insert(conversations)
    .values({
      projectId: project.id,
      clientId: client.user.id,
      freelancerId: freelancer.user.id,
      lastMessageAt: new Date(),
    })
    .onConflictDoNothing();
  const [conversation] = await db
    .select()
    .from(conversations)
    .where(eq(conversations.projectId, project.id));
  await db
    .insert(conversationMembers)
    .values(
      [client.user.id, freelancer.user.id, suspended.id].map((userId) => ({
        conversationId: conversation!.id,
        userId,
        lastMessageAt: new Date(),
      })),
    )
    .onConflictDoNothing();
  const seqs = await db.$count(messages, eq(messages.conversationId, conversation!.id));
  const message = async (seq: number, deleted: boolean, hidden = false) => {
    const [row] = await db
      .insert(messages)
      .values({
        conversationId: conversation!.id,
        seq,
        senderId: client.user.id,
        body: deleted ? null : "Here is the brief.",
        deletedAt: deleted ? new Date() : null,
        hiddenAt: hidden ? new Date() : null,
        hiddenReason: hidden ? "Asks to pay off the platform" : null,
      })
      .returning();
    const fileId = await storedFile(client.user.id, "attachment");
    await db.insert(messageAttachments).values({ messageId: row!.id, fileId, position: 0 });
    return fileId;
  };
  fileIds.message = await message(seqs + 1, false);
  fileIds.deletedMessage = await message(seqs + 2, true);
  fileIds.hiddenMessage = await message(seqs + 3, false, true);

  const milestone = await client.api.contract.addMilestone({
    contractId: contract.id,
    title: "Screens",
    amountMinor: 1_000,
    dueDate: null,
  });
  const [submission] = await db
    .insert(milestoneEvents)
    .values({ milestoneId: milestone.id, kind: "submitted", note: "Done" })
    .returning();
  fileIds.deliverable = await storedFile(freelancer.user.id, "deliverable");
  await db.insert(deliverableFiles).values({
    milestoneEventId: submission!.id,
    milestoneId: milestone.id,
    fileId: fileIds.deliverable,
    position: 0,
  });

  await freelancer.api.profile.saveFreelancer({
    headline: "Booking apps for clinics",
    bio: "",
    hourlyRateMinor: 9_000,
    currency: "USD",
    availability: "available",
    location: "",
    skillIds: (await projectInput(db)).skillIds,
    portfolio: [{ title: "Clinic booking", description: "", url: null }],
  });
  fileIds.portfolioInUse = await storedFile(freelancer.user.id, "portfolio");
  await db
    .update(portfolioItems)
    .set({ imageFileId: fileIds.portfolioInUse })
    .where(eq(portfolioItems.userId, freelancer.user.id));

  fileIds.avatarInUse = await storedFile(freelancer.user.id, "avatar");
  await db
    .insert(avatars)
    .values({ userId: freelancer.user.id, fileId: fileIds.avatarInUse, updatedAt: new Date() });

  fileIds.unattached = await storedFile(client.user.id, "attachment", { attached: false });
  fileIds.pending = await storedFile(client.user.id, "attachment", {
    status: "pending",
    attached: false,
  });
  fileIds.attachedToNothing = await storedFile(client.user.id, "attachment");
  fileIds.missing = crypto.randomUUID();
});

/** [place, who, the answer]: "public" and "private" are grants, null is "not found". */
const table: [Place, Who, "public" | "private" | null][] = [
  ["message", "uploader", "private"],
  ["message", "member", "private"],
  ["message", "stranger", null],
  ["message", "otherProjectFreelancer", null],
  ["message", "visitor", null],
  ["message", "suspendedMember", null],
  ["deletedMessage", "member", null],
  ["deletedMessage", "uploader", null],
  // Hidden by an admin: gone for the other members, still its sender's.
  ["hiddenMessage", "member", null],
  ["hiddenMessage", "uploader", "private"],
  ["deliverable", "freelancer", "private"],
  ["deliverable", "client", "private"],
  ["deliverable", "otherProjectFreelancer", null],
  ["deliverable", "stranger", null],
  ["deliverable", "visitor", null],
  ["portfolioInUse", "visitor", "public"],
  ["portfolioInUse", "stranger", "public"],
  ["portfolioInUse", "suspendedMember", "public"],
  ["avatarInUse", "visitor", "public"],
  ["avatarInUse", "otherProjectFreelancer", "public"],
  ["unattached", "uploader", "private"],
  ["unattached", "member", null],
  ["unattached", "stranger", null],
  ["unattached", "visitor", null],
  ["pending", "uploader", null],
  ["attachedToNothing", "uploader", null],
  ["missing", "uploader", null],
  ["missing", "visitor", null],
];

describe("fileAccess", () => {
  it.each(table)("%s file, asked by %s: %s", async (place, who, expected) => {
    const grant = await fileAccess(db, people[who], fileIds[place]);
    expect(grant?.audience ?? null).toBe(expected);
    if (grant) expect(grant.file.id).toBe(fileIds[place]);
  });
});
