import "server-only";

import { and, eq } from "drizzle-orm";
import type { z } from "zod";

import { env } from "~/env";
import { files } from "~/server/db/schema/files";
import type { PersonContext } from "~/server/domain/context";
import { ConflictError, ForbiddenError } from "~/server/domain/errors";
import { newStorageKey } from "~/server/storage/file-store";
import { getStorage } from "~/server/storage/get-storage";
import { UPLOAD_EXPIRES_SECONDS } from "~/server/storage/s3-storage";
import type { CreateUploadInput } from "~/shared/schemas/file";
import { nameRefusal, mayUploadFor, safeFileName, sizeRefusal, uploadLimit } from "./policy";
import { UploadRefusedError } from "./upload-refused";

/** Uploads one person may have started and not finished; each is removed after a day anyway. */
export const MAX_PENDING_UPLOADS = 50;

export type UploadTarget =
  | { kind: "local"; url: string; method: "PUT" }
  | { kind: "s3"; url: string; fields: Record<string, string> };

/**
 * Reserves a file for the actor and says where to send its bytes: this server's upload route
 * (PUT the raw bytes), or the bucket (a presigned POST capped at the purpose's limit). The row
 * is `pending`, owned by the actor, and serves nobody until the bytes are in and checked.
 */
export async function createUpload({
  ctx,
  input,
}: {
  ctx: PersonContext;
  input: z.output<typeof CreateUploadInput>;
}) {
  if (!mayUploadFor(ctx.actor.role, input.purpose))
    throw new ForbiddenError("Only freelancers upload deliverables and portfolio pictures.");
  const tooBig = sizeRefusal(input.purpose, input.size, env.FILES_MAX_BYTES);
  if (tooBig) throw new UploadRefusedError(tooBig, "too_large", { size: [tooBig] });
  const name = safeFileName(input.name);
  const badName = nameRefusal(input.purpose, name);
  if (badName) throw new UploadRefusedError(badName, "unacceptable", { name: [badName] });

  const pending = await ctx.db.$count(
    files,
    and(eq(files.uploaderId, ctx.actor.id), eq(files.status, "pending")),
  );
  if (pending >= MAX_PENDING_UPLOADS)
    throw new ConflictError(
      `You have ${MAX_PENDING_UPLOADS} uploads that never finished. Try again tomorrow, once they have been cleared away.`,
    );

  const [file] = await ctx.db
    .insert(files)
    .values({
      uploaderId: ctx.actor.id,
      purpose: input.purpose,
      name,
      // Unknown until the bytes are sniffed; nothing is served while pending.
      contentType: "application/octet-stream",
      size: input.size,
      storageKey: newStorageKey(),
      status: "pending",
      createdAt: ctx.now?.() ?? new Date(),
    })
    .returning();
  const storage = getStorage();
  const upload: UploadTarget =
    storage.kind === "local"
      ? { kind: "local", url: `/api/files/${file!.id}/upload`, method: "PUT" }
      : {
          kind: "s3",
          ...(await storage.presignedUpload(file!.storageKey, {
            maxBytes: uploadLimit(input.purpose, env.FILES_MAX_BYTES),
            expiresSeconds: UPLOAD_EXPIRES_SECONDS,
          })),
        };
  return { file: { id: file!.id, name: file!.name, size: file!.size }, upload };
}
