import "server-only";

import { eq } from "drizzle-orm";

import type { Transaction } from "~/server/db/client";
import { disputeFiles, disputePosts, disputes } from "~/server/db/schema/trust";
import { nowOf } from "~/server/domain/clock";
import type { DomainContext } from "~/server/domain/context";
import { attachFiles } from "~/server/domain/file/attach-files";
import type { DisputePostKind } from "~/shared/trust";

/**
 * Adds an entry to a dispute's thread, in the caller's transaction: what someone wrote with
 * the files they give as evidence (their own uploads, attached here and nowhere else), or a
 * step (opened, taken up, withdrawn, resolved) in words. The thread's activity time moves on.
 */
export async function addDisputePost(
  tx: DomainContext & { db: Transaction },
  args: {
    disputeId: string;
    authorId: string | null;
    kind: DisputePostKind;
    body: string;
    fileIds?: string[];
  },
) {
  const now = nowOf(tx);
  const [post] = await tx.db
    .insert(disputePosts)
    .values({
      disputeId: args.disputeId,
      authorId: args.authorId,
      kind: args.kind,
      body: args.body,
      createdAt: now,
    })
    .returning();
  if (args.fileIds?.length && args.authorId) {
    const attached = await attachFiles(tx, {
      fileIds: args.fileIds,
      uploaderId: args.authorId,
      purpose: "attachment",
    });
    await tx.db.insert(disputeFiles).values(
      attached.map((file, position) => ({
        postId: post!.id,
        disputeId: args.disputeId,
        fileId: file.id,
        position,
      })),
    );
  }
  await tx.db
    .update(disputes)
    .set({ lastActivityAt: now, updatedAt: now })
    .where(eq(disputes.id, args.disputeId));
  return post!;
}
