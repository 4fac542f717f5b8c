import "server-only";

import { and, asc, eq, isNull, lt, notExists } from "drizzle-orm";

import type { Database } from "~/server/db/client";
import { avatars, files } from "~/server/db/schema/files";
import { deliverableFiles, messageAttachments } from "~/server/db/schema/messages";
import { portfolioItems } from "~/server/db/schema/profiles";
import { variantKey } from "~/server/storage/file-store";
import { getStorage } from "~/server/storage/get-storage";

/** How long an upload may wait to be attached (or to finish) before it is removed. */
export const ORPHAN_AFTER_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;
/** A run stops after this many; the next hour's run takes the rest. */
const MAX_PER_RUN = 5_000;

export interface PrunedFile {
  id: string;
  uploaderId: string;
  name: string;
  size: number;
  status: string;
}

/**
 * Removes uploads nobody attached within a day: pending ones that never finished and ready ones
 * never sent. A file something still points to is kept even without `attachedAt` (a feature that
 * forgot to attach it loses nothing). The row goes first, and only if it is still an orphan at
 * that moment: an attach racing the prune then finds no row (and the person uploads again)
 * rather than a row whose bytes are gone. Idempotent: a second run finds nothing.
 */
export async function pruneOrphanFiles(db: Database, now: Date): Promise<PrunedFile[]> {
  const cutoff = new Date(now.getTime() - ORPHAN_AFTER_MS);
  const orphan = and(
    isNull(files.attachedAt),
    lt(files.createdAt, cutoff),
    notExists(
      db
        .select({ one: avatars.userId })
        .from(avatars)
        .where(and(eq(avatars.userId, files.uploaderId), eq(avatars.fileId, files.id))),
    ),
    notExists(
      db
        .select({ one: portfolioItems.id })
        .from(portfolioItems)
        .where(
          and(
            eq(portfolioItems.userId, files.uploaderId),
            eq(portfolioItems.imageFileId, files.id),
          ),
        ),
    ),
    notExists(
      db
        .select({ one: messageAttachments.fileId })
        .from(messageAttachments)
        .where(eq(messageAttachments.fileId, files.id)),
    ),
    notExists(
      db
        .select({ one: deliverableFiles.fileId })
        .from(deliverableFiles)
        .where(eq(deliverableFiles.fileId, files.id)),
    ),
  );
  const storage = getStorage();
  const pruned: PrunedFile[] = [];
  while (pruned.length < MAX_PER_RUN) {
    const batch = await db
      .select()
      .from(files)
      .where(orphan)
      .orderBy(asc(files.createdAt))
      .limit(BATCH);
    if (batch.length === 0) break;
    for (const file of batch) {
      const removed = await db
        .delete(files)
        .where(and(eq(files.id, file.id), orphan))
        .returning({ id: files.id });
      if (removed.length === 0) continue;
      for (const width of file.variants ?? [])
        await storage.delete(variantKey(file.storageKey, width));
      await storage.delete(file.storageKey);
      const { id, uploaderId, name, size, status } = file;
      pruned.push({ id, uploaderId, name, size, status });
    }
    if (batch.length < BATCH) break;
  }
  return pruned;
}
