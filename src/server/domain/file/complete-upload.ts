import "server-only";

import type { z } from "zod";

import { env } from "~/env";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { getStorage } from "~/server/storage/get-storage";
import type { CompleteUploadInput } from "~/shared/schemas/file";
import { admitUpload, refuseUpload } from "./admit-upload";
import { ContentProbe, SNIFF_BYTES } from "./content-probe";
import { fileSummary } from "./file-summary";
import { ownUpload } from "./own-upload";
import { sizeRefusal } from "./policy";

/**
 * After a browser posted a file to the bucket: checks what arrived there (its size from a
 * HEAD, its type sniffed from the first kilobytes of a ranged GET) and admits it, or removes
 * object and row and says why. Asking again about a ready file answers it as it is.
 */
export async function completeUpload({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof CompleteUploadInput>;
}) {
  const file = await ownUpload(ctx, input.fileId);
  if (file.status === "ready") return fileSummary(file);
  const storage = getStorage();
  const stored = await storage.head(file.storageKey);
  if (!stored) throw new ConflictError("This file hasn't arrived yet. Upload it, then try again.");
  // The bucket's policy caps the size too; checking again costs a HEAD.
  const tooBig = sizeRefusal(file.purpose, stored.size, env.FILES_MAX_BYTES);
  if (tooBig) return refuseUpload(ctx, file, tooBig, stored.size > 0 ? "too_large" : "empty");

  const start = (await storage.readStart(file.storageKey, SNIFF_BYTES)) ?? new Uint8Array();
  const probe = new ContentProbe();
  probe.observe(start);
  const content = await probe.content({ complete: start.length >= stored.size });
  // Without a scan the bytes are never all read here, so there is no hash to record.
  return fileSummary(await admitUpload(ctx, file, { size: stored.size, sha256: null, content }));
}
