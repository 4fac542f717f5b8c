import "server-only";

import { and, eq } from "drizzle-orm";

import { env } from "~/env";
import { files } from "~/server/db/schema/files";
import type { DomainContext } from "~/server/domain/context";
import { ConflictError } from "~/server/domain/errors";
import { byteMeter } from "~/server/storage/byte-meter";
import { scanWithClamd } from "~/server/storage/clamd";
import { getStorage } from "~/server/storage/get-storage";
import type { FileRow } from "./file-access";
import { judgeContent, type Content } from "./policy";
import { UploadRefusedError, type UploadRefusal } from "./upload-refused";

/**
 * The last step of every upload, whichever way the bytes came: the sniffed type must be one
 * the purpose accepts, clamd (when configured) must find nothing, and only then is the row
 * `ready`, with the type, size and hash of what actually arrived. A refusal removes the bytes
 * and the row, so a refused file leaves no trace to fetch or to attach.
 */
export async function admitUpload(
  ctx: DomainContext,
  file: FileRow,
  arrived: { size: number; sha256: string | null; content: Content },
): Promise<FileRow> {
  const verdict = judgeContent(file.purpose, file.name, arrived.content);
  if (!verdict.ok) return refuseUpload(ctx, file, verdict.message, "unacceptable");

  let sha256 = arrived.sha256;
  if (env.CLAMAV_URL) sha256 = await scan(ctx, file, env.CLAMAV_URL);

  const [ready] = await ctx.db
    .update(files)
    .set({ status: "ready", contentType: verdict.contentType, size: arrived.size, sha256 })
    .where(and(eq(files.id, file.id), eq(files.status, "pending")))
    .returning();
  // Another request finished (or refused) the same upload meanwhile: its outcome stands.
  if (!ready) throw new ConflictError("This upload was already finished or cancelled.");
  return ready;
}

/** Streams the stored bytes through clamd; answers their SHA-256, hashed on the way. */
async function scan(ctx: DomainContext, file: FileRow, clamdUrl: string) {
  const object = await getStorage().get(file.storageKey);
  if (!object)
    return refuseUpload(ctx, file, "This upload was cut short. Please try again.", "incomplete");
  const meter = byteMeter();
  object.body.on("error", (error) => meter.stream.destroy(error));
  let verdict;
  try {
    verdict = await scanWithClamd(clamdUrl, object.body.pipe(meter.stream));
  } catch (cause) {
    object.body.destroy();
    await discardUpload(ctx, file);
    const refusal = new UploadRefusedError(
      "We couldn't check this file for viruses just now. Please try again in a few minutes.",
      "unscanned",
    );
    throw Object.assign(refusal, { cause });
  }
  if (!verdict.clean)
    return refuseUpload(
      ctx,
      file,
      `This file contains malware (${verdict.signature}), so it was not kept.`,
      "infected",
    );
  return meter.result().sha256;
}

/** Removes an upload's bytes and row. */
export async function discardUpload(ctx: DomainContext, file: FileRow) {
  await getStorage().delete(file.storageKey);
  await ctx.db.delete(files).where(eq(files.id, file.id));
}

/** Removes a refused upload's bytes and row, then throws the refusal. */
export async function refuseUpload(
  ctx: DomainContext,
  file: FileRow,
  message: string,
  reason: UploadRefusal,
  fieldErrors: Record<string, string[]> = {},
): Promise<never> {
  await discardUpload(ctx, file);
  throw new UploadRefusedError(message, reason, fieldErrors);
}
