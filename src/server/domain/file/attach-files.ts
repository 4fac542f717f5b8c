import "server-only";

import { and, eq, inArray, isNull } from "drizzle-orm";

import { files } from "~/server/db/schema/files";
import type { DomainContext } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import type { FilePurpose } from "~/shared/files";
import type { FileRow } from "./file-access";

/**
 * Hands files to whatever takes them (a message, a milestone submission, a portfolio item, an
 * avatar), inside the caller's transaction (`tx`: its context, whose `db` is the transaction): each must be the uploader's own, ready, uploaded
 * for this purpose and never attached before. Someone else's file, like a made-up id, is not
 * found; a file in the wrong state is a conflict that names it. Answers the rows in the order
 * asked (each id once), with `attachedAt` set, so they are no longer orphans to prune.
 */
export async function attachFiles(
  tx: Pick<DomainContext, "db" | "now">,
  { fileIds, uploaderId, purpose }: { fileIds: string[]; uploaderId: string; purpose: FilePurpose },
): Promise<FileRow[]> {
  const ids = [...new Set(fileIds)];
  if (ids.length === 0) return [];
  const rows = await tx.db
    .select()
    .from(files)
    .where(and(inArray(files.id, ids), eq(files.uploaderId, uploaderId)));
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const id of ids) {
    const file = byId.get(id);
    if (!file)
      throw new NotFoundError(
        "We couldn't find one of the files you attached. It may have expired: upload it again.",
      );
    if (file.status !== "ready")
      throw new ConflictError(`“${file.name}” hasn't finished uploading yet.`);
    if (file.purpose !== purpose)
      throw new ConflictError(
        `“${file.name}” was uploaded for something else. Upload it again here.`,
      );
    if (file.attachedAt)
      throw new ConflictError(
        `“${file.name}” is already attached elsewhere. Upload it again to share it here too.`,
      );
  }
  const attachedAt = tx.now?.() ?? new Date();
  const attached = await tx.db
    .update(files)
    .set({ attachedAt })
    .where(and(inArray(files.id, ids), isNull(files.attachedAt), eq(files.status, "ready")))
    .returning();
  // Another request attached one of them between the read and the write.
  if (attached.length !== ids.length)
    throw new ConflictError("One of these files was just attached elsewhere. Upload it again.");
  const attachedById = new Map(attached.map((row) => [row.id, row]));
  return ids.map((id) => attachedById.get(id)!);
}
