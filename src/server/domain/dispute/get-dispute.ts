import "server-only";

import { asc, eq, inArray } from "drizzle-orm";

import { files } from "~/server/db/schema/files";
import { projects } from "~/server/db/schema/projects";
import { disputeFiles, disputePosts } from "~/server/db/schema/trust";
import { users } from "~/server/db/schema/users";
import type { PersonContext } from "~/server/domain/context";
import { fileSummary, type FileSummary } from "~/server/domain/file/file-summary";
import { heldFor } from "~/server/domain/money/escrow";
import { disputeDeadlines, disputeFor, disputedWhat } from "./dispute-access";

/**
 * A dispute as its page shows it, to its parties and admins: what it is about and the amount
 * frozen, its state and decision, the whole thread with evidence, and what the viewer may do.
 */
export async function getDispute({ ctx, input }: { ctx: PersonContext; input: { id: string } }) {
  const { db } = ctx;
  const { dispute, contract, role } = await disputeFor(db, ctx.actor, input.id);
  const [project] = await db
    .select({ title: projects.title })
    .from(projects)
    .where(eq(projects.id, contract.projectId));
  const people = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [contract.clientId, contract.freelancerId]));
  const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? "Someone";
  const posts = await db
    .select({
      id: disputePosts.id,
      kind: disputePosts.kind,
      body: disputePosts.body,
      createdAt: disputePosts.createdAt,
      authorId: disputePosts.authorId,
      authorName: users.name,
    })
    .from(disputePosts)
    .leftJoin(users, eq(users.id, disputePosts.authorId))
    .where(eq(disputePosts.disputeId, dispute.id))
    .orderBy(asc(disputePosts.createdAt), asc(disputePosts.id));
  const evidence = await db
    .select({ postId: disputeFiles.postId, file: files })
    .from(disputeFiles)
    .innerJoin(files, eq(files.id, disputeFiles.fileId))
    .where(eq(disputeFiles.disputeId, dispute.id))
    .orderBy(asc(disputeFiles.position));
  const filesOf = new Map<string, FileSummary[]>();
  for (const row of evidence)
    filesOf.set(row.postId, [...(filesOf.get(row.postId) ?? []), fileSummary(row.file)]);
  const item = dispute.item;
  const itemId = (dispute.milestoneId ?? dispute.weekId)!;
  const held = await heldFor(db, contract.id, item, itemId);
  const active = dispute.status === "open" || dispute.status === "under_review";
  return {
    id: dispute.id,
    contractId: contract.id,
    projectTitle: project?.title ?? "",
    item,
    what: await disputedWhat(db, dispute),
    status: dispute.status,
    reason: dispute.reason,
    currency: dispute.currency,
    frozenMinor: dispute.frozenMinor,
    heldMinor: held.heldMinor,
    outcome: dispute.outcome,
    releasedMinor: dispute.releasedMinor,
    refundedMinor: dispute.refundedMinor,
    decision: dispute.decision,
    resolvedAt: dispute.resolvedAt,
    createdAt: dispute.createdAt,
    lastActivityAt: dispute.lastActivityAt,
    client: { id: contract.clientId, name: nameOf(contract.clientId) },
    freelancer: { id: contract.freelancerId, name: nameOf(contract.freelancerId) },
    openedBy:
      dispute.openedBy === contract.clientId ? ("client" as const) : ("freelancer" as const),
    ...disputeDeadlines(dispute),
    posts: posts.map((post) => {
      const authorRole =
        post.authorId === contract.clientId
          ? ("client" as const)
          : post.authorId === contract.freelancerId
            ? ("freelancer" as const)
            : ("admin" as const);
      return {
        ...post,
        // The parties hear from "Guild's admin"; only admins see which one of them it was.
        authorId: authorRole === "admin" && role !== "admin" ? null : post.authorId,
        authorName: authorRole === "admin" && role !== "admin" ? "Guild's admin" : post.authorName,
        authorRole,
        files: filesOf.get(post.id) ?? [],
      };
    }),
    viewer: {
      role,
      canPost: active,
      canWithdraw: active && dispute.openedBy === ctx.actor.id,
      canTakeUp: role === "admin" && dispute.status === "open",
      canResolve: role === "admin" && active,
    },
  };
}
export type DisputeView = Awaited<ReturnType<typeof getDispute>>;
