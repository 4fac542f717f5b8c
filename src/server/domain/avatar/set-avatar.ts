import "server-only";

import { and, eq } from "drizzle-orm";

import { avatars, files } from "~/server/db/schema/files";
import { nowOf } from "~/server/domain/clock";
import { type PersonContext, withTransaction } from "~/server/domain/context";
import { InvalidError, NotFoundError } from "~/server/domain/errors";
import { attachFiles } from "~/server/domain/file/attach-files";
import { removeFiles } from "~/server/domain/file/remove-files";
import { getStorage } from "~/server/storage/get-storage";
import { AVATAR_WIDTHS, resizeToSquares, UnreadableImageError } from "./resize-image";

const NOT_FOUND = "We couldn't find that picture: upload it again.";

/**
 * A person's picture (a client's logo): an uploaded image of theirs becomes it, resized on the
 * server to the widths lists and profiles show. The copies are made before the transaction (so
 * no write waits on image work) and recorded on the file, so an orphan sweep removes them with
 * it if the change never commits. The previous picture is removed, bytes after the commit.
 */
export async function setAvatar({ ctx, input }: { ctx: PersonContext; input: { fileId: string } }) {
  const me = ctx.actor.id;
  const [file] = await ctx.db
    .select()
    .from(files)
    .where(and(eq(files.id, input.fileId), eq(files.uploaderId, me), eq(files.purpose, "avatar")))
    .limit(1);
  if (!file || file.status !== "ready" || file.attachedAt) throw new NotFoundError(NOT_FOUND);
  const storage = getStorage();
  let variants: number[];
  try {
    variants = await resizeToSquares(storage, file.storageKey, AVATAR_WIDTHS);
  } catch (error) {
    if (error instanceof UnreadableImageError)
      throw new InvalidError(error.message, { fileId: [error.message] });
    throw error;
  }
  await ctx.db.update(files).set({ variants }).where(eq(files.id, file.id));

  return withTransaction(ctx, async (tx) => {
    await attachFiles(tx, { fileIds: [file.id], uploaderId: me, purpose: "avatar" });
    const [previous] = await tx.db.select().from(avatars).where(eq(avatars.userId, me));
    const updatedAt = nowOf(ctx);
    await tx.db
      .insert(avatars)
      .values({ userId: me, fileId: file.id, updatedAt })
      .onConflictDoUpdate({ target: avatars.userId, set: { fileId: file.id, updatedAt } });
    if (previous && previous.fileId !== file.id) await removeFiles(tx, [previous.fileId]);
    return { fileId: file.id, updatedAt };
  });
}

/** Removes the person's picture: initials show again. */
export async function removeAvatar({ ctx }: { ctx: PersonContext }) {
  return withTransaction(ctx, async (tx) => {
    const [current] = await tx.db.select().from(avatars).where(eq(avatars.userId, ctx.actor.id));
    if (!current) return { removed: false };
    await tx.db.delete(avatars).where(eq(avatars.userId, ctx.actor.id));
    await removeFiles(tx, [current.fileId]);
    return { removed: true };
  });
}
