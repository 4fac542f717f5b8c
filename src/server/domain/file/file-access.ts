import "server-only";

import { and, eq, exists, isNull, or, sql } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { contracts, milestones } from "~/server/db/schema/contracts";
import { avatars, files } from "~/server/db/schema/files";
import {
  conversationMembers,
  deliverableFiles,
  messageAttachments,
  messages,
} from "~/server/db/schema/messages";
import { portfolioItems } from "~/server/db/schema/profiles";
import { disputeFiles, disputes } from "~/server/db/schema/trust";
import { isProvenAdmin } from "~/server/domain/access/policy";
import { personOf, type Actor } from "~/server/domain/actor";

export type FileRow = typeof files.$inferSelect;

export interface FileGrant {
  file: FileRow;
  /** `public`: anyone may fetch it (an avatar, a portfolio picture), so shared caches may keep it. */
  audience: "public" | "private";
}

/**
 * Who may fetch a file is decided by what it is attached to, through its purpose:
 * - an attachment: the members of its message's conversation, while the message is not deleted
 *   (once an admin hid the message, its sender only);
 * - a deliverable: the two parties of the contract its milestone belongs to;
 * - evidence in a dispute (an attachment of a dispute post): the contract's two parties and
 *   admins with a 2FA-proven session;
 * - an avatar or a portfolio picture: anyone, signed in or not, while it is in use;
 * - a ready file attached to nothing yet: its uploader only (to preview it before sending).
 * A pending file, one attached to something the actor is not part of, and one that does not
 * exist all answer null alike: the caller says "not found" without a hint. A suspended person
 * sees only what anyone sees. Every check is one indexed lookup (avatars and portfolio items
 * are found through the uploader, who owns them).
 */
export async function fileAccess(
  db: DbOrTx,
  actor: Actor | null,
  fileId: string,
): Promise<FileGrant | null> {
  const person = personOf(actor);
  const viewer = person?.status === "active" ? person.id : null;
  const never = sql<boolean>`0`;
  const [row] = await db
    .select({
      file: files,
      avatar: exists(
        db
          .select({ one: sql`1` })
          .from(avatars)
          .where(and(eq(avatars.userId, files.uploaderId), eq(avatars.fileId, files.id))),
      ),
      portfolio: exists(
        db
          .select({ one: sql`1` })
          .from(portfolioItems)
          .where(
            and(
              eq(portfolioItems.userId, files.uploaderId),
              eq(portfolioItems.imageFileId, files.id),
            ),
          ),
      ),
      member: viewer ? exists(conversationOf(db, viewer)) : never,
      party: viewer ? exists(contractOf(db, viewer)) : never,
      evidence: viewer ? exists(disputeOf(db, isProvenAdmin(actor) ? null : viewer)) : never,
    })
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.status, "ready")))
    .limit(1);
  if (!row) return null;
  const { file } = row;
  const shown =
    (file.purpose === "avatar" && Boolean(row.avatar)) ||
    (file.purpose === "portfolio" && Boolean(row.portfolio));
  if (shown) return { file, audience: "public" };
  const granted = !file.attachedAt
    ? file.uploaderId === viewer
    : (file.purpose === "attachment" && (Boolean(row.member) || Boolean(row.evidence))) ||
      (file.purpose === "deliverable" && Boolean(row.party));
  return granted ? { file, audience: "private" } : null;
}

/** The file's message, not deleted (nor hidden, but from its sender), in a conversation `viewer` is a member of. */
function conversationOf(db: DbOrTx, viewer: string) {
  return db
    .select({ one: sql`1` })
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .innerJoin(
      conversationMembers,
      and(
        eq(conversationMembers.conversationId, messages.conversationId),
        eq(conversationMembers.userId, viewer),
      ),
    )
    .where(
      and(
        eq(messageAttachments.fileId, files.id),
        isNull(messages.deletedAt),
        or(isNull(messages.hiddenAt), eq(messages.senderId, viewer)),
      ),
    );
}

/** The file's milestone submission, on a contract `viewer` is a party to. */
function contractOf(db: DbOrTx, viewer: string) {
  return db
    .select({ one: sql`1` })
    .from(deliverableFiles)
    .innerJoin(milestones, eq(milestones.id, deliverableFiles.milestoneId))
    .innerJoin(contracts, eq(contracts.id, milestones.contractId))
    .where(
      and(
        eq(deliverableFiles.fileId, files.id),
        or(eq(contracts.clientId, viewer), eq(contracts.freelancerId, viewer)),
      ),
    );
}

/** The file's dispute post, on a contract `viewer` is a party to (any dispute for an admin: null). */
function disputeOf(db: DbOrTx, viewer: string | null) {
  return db
    .select({ one: sql`1` })
    .from(disputeFiles)
    .innerJoin(disputes, eq(disputes.id, disputeFiles.disputeId))
    .innerJoin(contracts, eq(contracts.id, disputes.contractId))
    .where(
      and(
        eq(disputeFiles.fileId, files.id),
        viewer ? or(eq(contracts.clientId, viewer), eq(contracts.freelancerId, viewer)) : undefined,
      ),
    );
}
