import "server-only";

import { inArray } from "drizzle-orm";

import { files } from "~/server/db/schema/files";
import { afterCommit, type DomainContext } from "~/server/domain/context";
import { logger } from "~/server/observability/logger";
import { variantKey } from "~/server/storage/file-store";
import { getStorage } from "~/server/storage/get-storage";

/**
 * Deletes files nothing shows any more (a replaced avatar, a removed portfolio picture): their
 * rows now, in the caller's transaction, and their bytes (resized copies too) once it commits.
 * A rolled-back change keeps both. Bytes that fail to go are logged; nothing refers to them.
 */
export async function removeFiles(tx: DomainContext, fileIds: string[]) {
  if (fileIds.length === 0) return;
  const gone = await tx.db.delete(files).where(inArray(files.id, fileIds)).returning();
  const keys = gone.flatMap((file) => [
    file.storageKey,
    ...(file.variants ?? []).map((width) => variantKey(file.storageKey, width)),
  ]);
  if (keys.length === 0) return;
  afterCommit(tx, () => {
    const storage = getStorage();
    void Promise.all(keys.map((key) => storage.delete(key))).catch((error: unknown) =>
      logger.warn({ err: error, fileIds }, "could not remove the bytes of removed files"),
    );
  });
}
