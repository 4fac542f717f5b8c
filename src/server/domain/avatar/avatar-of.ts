import "server-only";

import { eq } from "drizzle-orm";

import type { DbOrTx } from "~/server/db/client";
import { avatars, files } from "~/server/db/schema/files";
import { users } from "~/server/db/schema/users";

/**
 * What `/api/avatars/<userId>` shows: the person's picture (its file and resized widths), or
 * their name for initials when they have none; null for an id that is nobody.
 */
export async function avatarOf(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ name: users.name, file: files, updatedAt: avatars.updatedAt })
    .from(users)
    .leftJoin(avatars, eq(avatars.userId, users.id))
    .leftJoin(files, eq(files.id, avatars.fileId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  return { name: row.name, file: row.file, updatedAt: row.updatedAt };
}
