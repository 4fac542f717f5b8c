import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { avatars, files } from "~/server/db/schema/files";
import { ORPHAN_AFTER_MS, pruneOrphanFiles } from "~/server/domain/file/prune-orphan-files";
import { jobHandlers } from "~/server/jobs/handlers";
import { schedules } from "~/server/jobs/schedules";
import { logger } from "~/server/observability/logger";
import { newStorageKey, variantKey } from "~/server/storage/file-store";
import { getStorage } from "~/server/storage/get-storage";
import { createUser } from "../../helpers/people";
import { createTestDatabase } from "../../helpers/test-db";

const { db } = await createTestDatabase();
const HOUR = 3_600_000;
const now = new Date("2031-06-01T12:41:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

async function upload(
  uploaderId: string,
  createdAt: Date,
  {
    status = "ready",
    attachedAt = null,
    variants = null,
  }: {
    status?: "ready" | "pending";
    attachedAt?: Date | null;
    variants?: number[] | null;
  } = {},
) {
  const storageKey = newStorageKey();
  await getStorage().put(storageKey, Buffer.from("bytes"));
  for (const width of variants ?? [])
    await getStorage().put(variantKey(storageKey, width), Buffer.from("w"));
  const [file] = await db
    .insert(files)
    .values({
      uploaderId,
      purpose: "avatar",
      name: "me.png",
      contentType: "image/png",
      size: 5,
      storageKey,
      status,
      attachedAt,
      variants,
      createdAt,
    })
    .returning();
  return file!;
}

const exists = async (key: string) => (await getStorage().head(key)) !== null;

describe("file.prune_orphans", () => {
  it("is scheduled every hour", () => {
    expect(schedules).toContainEqual({
      name: "file.prune_orphans",
      pattern: "41 * * * *",
      timeZone: "UTC",
    });
  });

  it("removes rows and bytes of uploads nobody attached within a day, once", async () => {
    const person = await createUser(db, "client");
    const neverFinished = await upload(person.id, ago(ORPHAN_AFTER_MS + 2 * HOUR), {
      status: "pending",
    });
    const neverSent = await upload(person.id, ago(ORPHAN_AFTER_MS + HOUR), { variants: [64] });
    const fresh = await upload(person.id, ago(ORPHAN_AFTER_MS - HOUR));
    const attached = await upload(person.id, ago(10 * ORPHAN_AFTER_MS), {
      attachedAt: ago(9 * ORPHAN_AFTER_MS),
    });
    // Used as an avatar by a feature that forgot to attach it: kept all the same.
    const inUse = await upload(person.id, ago(ORPHAN_AFTER_MS + HOUR));
    await db.insert(avatars).values({ userId: person.id, fileId: inUse.id, updatedAt: now });

    const lines: unknown[] = [];
    const log = Object.assign(Object.create(logger) as typeof logger, {
      info: (fields: unknown) => void lines.push(fields),
    });
    await jobHandlers["file.prune_orphans"]!(
      {
        db,
        actor: { kind: "system", job: "file.prune_orphans" },
        job: {
          id: "j",
          name: "file.prune_orphans",
          payload: {},
          attempts: 1,
          maxAttempts: 3,
          requestId: null,
        },
        log,
        now: () => now,
      },
      {},
    );
    expect(lines).toEqual([
      {
        count: 2,
        bytes: 10,
        files: [
          {
            id: neverFinished.id,
            uploaderId: person.id,
            name: "me.png",
            size: 5,
            status: "pending",
          },
          { id: neverSent.id, uploaderId: person.id, name: "me.png", size: 5, status: "ready" },
        ],
      },
    ]);

    const left = (await db.select({ id: files.id }).from(files)).map((row) => row.id).sort();
    expect(left).toEqual([fresh.id, attached.id, inUse.id].sort());
    expect(await exists(neverFinished.storageKey)).toBe(false);
    expect(await exists(neverSent.storageKey)).toBe(false);
    expect(await exists(variantKey(neverSent.storageKey, 64))).toBe(false);
    for (const kept of [fresh, attached, inUse]) expect(await exists(kept.storageKey)).toBe(true);

    expect(await pruneOrphanFiles(db, now)).toEqual([]);
    // A day later, the fresh one's day has passed too.
    const later = await pruneOrphanFiles(db, new Date(now.getTime() + 2 * HOUR));
    expect(later.map((file) => file.id)).toEqual([fresh.id]);
    expect(await db.$count(files, eq(files.id, fresh.id))).toBe(0);
  });
});
