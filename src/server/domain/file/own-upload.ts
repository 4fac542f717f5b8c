import "server-only";

import { and, eq } from "drizzle-orm";

import { files } from "~/server/db/schema/files";
import type { PersonContext } from "~/server/domain/context";
import { NotFoundError } from "~/server/domain/errors";
import type { FileRow } from "./file-access";

/** The actor's own upload; anyone else's, like one that never existed, is not found. */
export async function ownUpload(ctx: PersonContext, fileId: string): Promise<FileRow> {
  const [file] = await ctx.db
    .select()
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.uploaderId, ctx.actor.id)))
    .limit(1);
  if (!file)
    throw new NotFoundError("We couldn't find that upload. Choose the file again to upload it.");
  return file;
}
