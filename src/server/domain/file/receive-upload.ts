import "server-only";

import type { Readable } from "node:stream";

import { env } from "~/env";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, NotFoundError } from "~/server/domain/errors";
import { TooLargeError } from "~/server/storage/file-store";
import { getStorage } from "~/server/storage/get-storage";
import { admitUpload, refuseUpload } from "./admit-upload";
import { ContentProbe } from "./content-probe";
import type { FileRow } from "./file-access";
import { ownUpload } from "./own-upload";
import { sizeRefusal, uploadLimit } from "./policy";

/** Uploads being received in this process: a second PUT of the same file waits its turn. */
const receiving = new Set<string>();

/**
 * Takes the bytes of the actor's pending upload (the local backend's PUT). They stream to a
 * temporary file, hashed and watched on the way, and stop at the purpose's limit whatever
 * Content-Length claimed; only a complete body is moved into place, then sniffed and admitted.
 */
export async function receiveUpload({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: { fileId: string; body: Readable | null; declaredSize: number | null };
}): Promise<FileRow> {
  const storage = getStorage();
  const file = await ownUpload(ctx, input.fileId);
  // With S3 the bytes go to the bucket; a ready file is never overwritten.
  if (storage.kind !== "local" || file.status !== "pending")
    throw new NotFoundError("We couldn't find that upload. Choose the file again to upload it.");
  if (receiving.has(file.id)) throw new ConflictError("This file is already being uploaded.");
  receiving.add(file.id);
  try {
    return await receive(ctx, file, input);
  } finally {
    receiving.delete(file.id);
  }
}

async function receive(
  ctx: PersonContext,
  file: FileRow,
  { body, declaredSize }: { body: Readable | null; declaredSize: number | null },
) {
  const limit = uploadLimit(file.purpose, env.FILES_MAX_BYTES);
  if (declaredSize !== null && declaredSize > limit)
    return refuseUpload(ctx, file, tooLarge(file, declaredSize), "too_large");
  if (!body || declaredSize === 0) return refuseUpload(ctx, file, "This file is empty.", "empty");

  const probe = new ContentProbe();
  let stored;
  try {
    stored = await getStorage().put(file.storageKey, body, {
      maxBytes: limit,
      onChunk: probe.observe,
    });
  } catch (error) {
    if (error instanceof TooLargeError)
      return refuseUpload(ctx, file, tooLarge(file, limit + 1), "too_large");
    // A connection that broke leaves the row pending (nothing was kept): the browser may retry.
    throw error;
  }
  if (stored.size === 0) return refuseUpload(ctx, file, "This file is empty.", "empty");
  if (declaredSize !== null && stored.size !== declaredSize)
    return refuseUpload(ctx, file, "This upload was cut short. Please try again.", "incomplete");
  return admitUpload(ctx, file, { ...stored, content: await probe.content({ complete: true }) });
}

function tooLarge(file: FileRow, size: number) {
  return (
    sizeRefusal(file.purpose, size, env.FILES_MAX_BYTES) ??
    "This file is larger than uploads may be."
  );
}
